package dev.policyascode.lint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule's documentation page is published, and its text. The pages of {@code docs/rules} are
 * bundled into this jar at build time, so that the SARIF report can carry each rule's full help as
 * code scanning shows it, and their links to each other are made absolute.
 */
public final class RuleDocs {

  /**
   * Where the {@code docs/rules} folder is published, until a project sets its own with the
   * plugin's {@code rulesDocBaseUrl}. Defined here once.
   */
  public static final String DEFAULT_BASE_URL =
      "https://github.com/policy-as-code/policy-as-code/blob/main/docs/rules/";

  private static final String BUNDLED = "/policy-lint/rules/";

  /**
   * A relative link to another page or file, such as {@code [x](xref-section-number.md)} or {@code
   * [y](../../policy-model/src/main/resources/x.properties)}: code scanning shows the help on its
   * own page, where only an absolute link leads anywhere.
   */
  private static final Pattern PAGE_LINK =
      Pattern.compile("\\]\\((?![a-z][a-z0-9+.-]*:|#|/)([^)\\s#]+)(#[^)\\s]*)?\\)");

  private final String baseUrl;

  private RuleDocs(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /**
   * The pages published under {@code baseUrl}, an absolute http or https address of the folder.
   *
   * @throws IllegalArgumentException if the address is not absolute
   */
  public static RuleDocs at(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    if (!baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
      throw new IllegalArgumentException(
          "'"
              + baseUrl
              + "' is not an absolute http or https address; code scanning needs one, such as "
              + DEFAULT_BASE_URL);
    }
    return new RuleDocs(baseUrl);
  }

  public static RuleDocs standard() {
    return new RuleDocs(DEFAULT_BASE_URL);
  }

  /** The address of the page of the rule {@code id}. */
  public String uri(String id) {
    return baseUrl + id + ".md";
  }

  /**
   * The page of the rule {@code id} as bundled, with links to other pages made absolute; empty for
   * a rule that has no bundled page.
   */
  Optional<String> markdown(String id) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(BUNDLED + id + ".md")) {
      if (in == null) return Optional.empty();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = PAGE_LINK.matcher(text);
      return Optional.of(
          m.replaceAll(
              r ->
                  Matcher.quoteReplacement(
                      "]("
                          + URI.create(baseUrl).resolve(r.group(1))
                          + (r.group(2) == null ? "" : r.group(2))
                          + ")")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

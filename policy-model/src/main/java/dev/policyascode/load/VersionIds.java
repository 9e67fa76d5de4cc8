package dev.policyascode.load;

import java.util.List;
import java.util.Optional;

/**
 * The names a version id may not take. A version's pages go to {@code <policy>/<version>/}, beside
 * the pages the renderer writes for the policy as a whole; a version named like one of them
 * (archive, or feed, sitemap, fragment, index, whose files are feed.xml, sitemap.xml...) would pass
 * lint, be published and locked, and then stop every render with two outputs of one name. So they
 * are refused where the id is written. {@code RenderedNamesTest} holds this list to what the
 * renderer really writes.
 */
public final class VersionIds {

  private VersionIds() {}

  /** What the renderer writes directly in a policy's folder, without the file extensions. */
  public static final List<String> RESERVED =
      List.of("archive", "feed", "fragment", "index", "sitemap");

  /** The JSON Schema's pattern for a version id: an id that is none of the reserved names. */
  static final String REGEX =
      "^(?!(" + String.join("|", RESERVED) + ")$)" + Scalars.ID_REGEX.substring(1);

  /** Why {@code id} cannot be a version id, or empty when it can. */
  public static Optional<String> reserved(String id) {
    if (!RESERVED.contains(id)) return Optional.empty();
    return Optional.of(
        "'"
            + id
            + "' is the name of a page the site keeps for the whole policy ("
            + String.join(", ", RESERVED)
            + "), so a version cannot have it; name the version and its file after its"
            + " effective date, such as 2024-01-01");
  }
}

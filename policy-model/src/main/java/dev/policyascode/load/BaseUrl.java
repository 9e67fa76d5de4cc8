package dev.policyascode.load;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The check of {@code base_url}. Every permalink, the feed's links and the sitemap are this address
 * with a path after it, so it must be the address of a folder: http or https, a host, a path that
 * ends in '/', and no query or fragment, which would end up in the middle of every link. Only the
 * characters a web address carries as they are (RFC 3986), so that no link needs escaping.
 */
final class BaseUrl {

  private BaseUrl() {}

  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
  private static final String SEGMENT = "([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+";

  static final String REGEX =
      "^https?://" + LABEL + "(\\." + LABEL + ")*(:[0-9]{1,5})?/(" + SEGMENT + "/)*$";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private static final String EXAMPLE = "such as https://example.com/privacy/";

  static Optional<String> check(String s) {
    if (PATTERN.matcher(s).matches()) return Optional.empty();
    String quoted = "'" + s + "' ";
    if (!s.matches("(?i)https?://.*")) {
      return Optional.of(
          quoted
              + "is not a web address; write the address where the policy's folder is published,"
              + " starting with https://, "
              + EXAMPLE);
    }
    int cut = indexOfAny(s, "?#");
    if (cut >= 0) {
      return Optional.of(
          quoted
              + "has a query or a fragment (from '"
              + s.charAt(cut)
              + "'), which would end up in the middle of every permalink; write the folder's"
              + " address without it, "
              + EXAMPLE);
    }
    if (PATTERN.matcher(s + "/").matches()) {
      return Optional.of(
          quoted
              + "does not end in '/'; permalinks are written after it, so write the folder's"
              + " address with its final '/': "
              + s
              + "/");
    }
    return Optional.of(
        quoted
            + "is not a web address every link can start with; write an http:// or https://"
            + " address of a folder, with no space, user name, or character such as \" < > \\ {"
            + " } | ^ or ` (write those as %20, %22...), "
            + EXAMPLE);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}

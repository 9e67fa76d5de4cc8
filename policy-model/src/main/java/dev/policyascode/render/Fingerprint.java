package dev.policyascode.render;

import dev.policyascode.io.CodeDigests;
import dev.policyascode.io.Digests;
import freemarker.template.Configuration;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.commonmark.parser.Parser;

/**
 * A digest of everything a page depends on besides the policy files: the renderer's own code and
 * built-in templates and labels (whatever the version number says, so that a rebuilt snapshot
 * counts as a change), the libraries' versions, the project's template folder, and the settings.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(Path templateDir, boolean includeDrafts, MarkdownFlavour flavour) {
    MessageDigest d = Digests.sha256();
    CodeDigests.update(d, "drafts=" + includeDrafts);
    CodeDigests.update(d, "markdown=" + flavour.word());
    try {
      CodeDigests.update(d, CodeDigests.of(Fingerprint.class).orElse(Fingerprint.class.getName()));
      // A released library's jar is named after its version: its address is enough.
      for (Class<?> c : List.of(Configuration.class, Parser.class)) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        CodeDigests.update(d, source == null ? c.getName() : source.getLocation().toString());
      }
      CodeDigests.update(
          d,
          CodeDigests.ofResource(
              Fingerprint.class.getClassLoader(),
              Templates.BUILT_IN + "/" + VersionPages.HTML_TEMPLATE));
      if (templateDir != null) CodeDigests.update(d, CodeDigests.folder(templateDir));
    } catch (UncheckedIOException e) {
      throw new RenderException(
          "Cannot read the template folder or the plugin's own files, which tell what changed since the"
              + " last build ("
              + e.getMessage()
              + "); check that the template folder exists and can be read",
          e);
    }
    return HexFormat.of().formatHex(d.digest());
  }
}

package dev.policyascode.render;

import dev.policyascode.load.Digests;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;

/**
 * A digest of everything a page depends on besides the policy files: the renderer's own code and
 * built-in templates and labels (whatever the version number says, so that a rebuilt snapshot
 * counts as a change), the libraries' versions, the project's template folder, and the settings.
 */
final class Fingerprint {

  /** Jars already read, by path, size and time: a Maven daemon keeps this across builds. */
  private static final Map<String, String> CODE = new ConcurrentHashMap<>();

  private Fingerprint() {}

  static String of(Path templateDir, boolean includeDrafts, MarkdownFlavour flavour) {
    MessageDigest d = Digests.sha256();
    update(d, "drafts=" + includeDrafts);
    update(d, "markdown=" + flavour.word());
    update(d, code(Fingerprint.class));
    // A released library's jar is named after its version: its address is enough.
    for (Class<?> c : List.of(Configuration.class, Parser.class)) {
      CodeSource source = c.getProtectionDomain().getCodeSource();
      update(d, source == null ? c.getName() : source.getLocation().toString());
    }
    update(d, code(Templates.BUILT_IN + "/" + VersionPages.HTML_TEMPLATE));
    if (templateDir != null) update(d, folder(templateDir));
    return HexFormat.of().formatHex(d.digest());
  }

  private static void update(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(b);
  }

  /** The digest of the jar or class folder that holds {@code c}. */
  private static String code(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null) return c.getName(); // the JDK's own: its version is in the key below
    try {
      return location(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }

  /** The digest of the jar or folder the resource {@code name} is loaded from. */
  private static String code(String name) {
    var url = Fingerprint.class.getClassLoader().getResource(name);
    if (url == null) return "none";
    String s = url.toString();
    try {
      if (s.startsWith("jar:file:")) {
        return location(Path.of(new java.net.URI(s.substring(4, s.indexOf("!/")))));
      }
      if (s.startsWith("file:")) {
        Path file = Path.of(url.toURI());
        Path root = file;
        for (int i = 0; i < name.split("/").length; i++) root = root.getParent();
        return location(root);
      }
    } catch (URISyntaxException e) {
      // fall through: the address itself
    }
    return s;
  }

  /** A class folder is read each time (it changes under a running IDE); a jar once per version. */
  private static String location(Path p) {
    if (Files.isDirectory(p)) return folder(p);
    try {
      String key = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
      return CODE.computeIfAbsent(key, k -> Digests.sha256(p));
    } catch (IOException e) {
      return p.toString();
    }
  }

  /** Names and contents of every file under {@code dir}, in a fixed order. */
  private static String folder(Path dir) {
    MessageDigest d = Digests.sha256();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        update(d, dir.relativize(p).toString().replace('\\', '/'));
        update(d, Digests.sha256(p));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new RenderException("Cannot read " + dir + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(d.digest());
  }
}

package dev.policyascode.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret kept on this machine, outside every project, that signs the files a build keeps for the
 * next one (HMAC-SHA256). A cache is kept under {@code target/}, which a pull request could commit:
 * a plain checksum would let it bring entries saying "no findings" for its own files, since their
 * keys are computable. Signed with a key that never leaves the machine, a file written anywhere
 * else (another machine, a fresh CI runner, a hand) reads as no cache, and the build checks
 * everything.
 *
 * <p>The key is 32 random bytes in {@code $XDG_CACHE_HOME/policy-as-code/cache-seal.key} (else
 * {@code ~/.cache/...}), made on first use and readable by its owner only. When that file cannot be
 * made or read, or would lie inside the project (a home folder that is the checkout), the key is
 * made for this JVM alone: the caches are then reused only within it, never trusted across builds.
 */
public final class Seal {

  static final String FILE = "cache-seal.key";
  private static final int KEY_BYTES = 32;

  /** One key per key file and JVM, and the JVM's own key for when no file can serve. */
  private static final Map<Path, Seal> MACHINE = new ConcurrentHashMap<>();

  private static final Seal JVM = random();

  private final byte[] key;
  private final boolean kept;

  private Seal(byte[] key, boolean kept) {
    this.key = key.clone();
    this.kept = kept;
  }

  /**
   * This machine's seal for a build of {@code project} (its base folder; null when there is none):
   * the key in the user's cache folder.
   */
  public static Seal machine(Path project) {
    return machine(defaultKeyFile(), project);
  }

  /** The seal kept in {@code keyFile}, made there when missing; see {@link #machine(Path)}. */
  public static Seal machine(Path keyFile, Path project) {
    if (keyFile == null || inside(keyFile, project)) return JVM;
    Path file = keyFile.toAbsolutePath().normalize();
    return MACHINE.computeIfAbsent(file, Seal::load);
  }

  /** A seal with a key of its own, known to no file: another machine, in tests. */
  public static Seal random() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new Seal(key, false);
  }

  /** A seal of the given key; how a test plays someone who knows or guesses a key. */
  public static Seal withKey(byte[] key) {
    if (key.length != KEY_BYTES) throw new IllegalArgumentException("a key is 32 bytes");
    return new Seal(key, false);
  }

  /** Whether the key is kept in a file, so that builds in other JVMs share it. */
  public boolean kept() {
    return kept;
  }

  /** The signature of {@code lines}, each ended by a line feed, in hex. */
  public String sign(List<String> lines) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (String line : lines) mac.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }

  /** Where {@link #machine(Path)} keeps the key; empty when the JVM knows no home folder. */
  public static java.util.Optional<Path> machineKeyFile() {
    return java.util.Optional.ofNullable(defaultKeyFile());
  }

  static Path defaultKeyFile() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    try {
      Path base =
          xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
              ? Path.of(xdg)
              : Path.of(System.getProperty("user.home"), ".cache");
      return base.resolve("policy-as-code").resolve(FILE);
    } catch (RuntimeException e) {
      return null; // no home: a key for this JVM
    }
  }

  /** Whether {@code file} is in {@code project}, as written or once links are followed. */
  private static boolean inside(Path file, Path project) {
    if (project == null) return false;
    Path f = file.toAbsolutePath().normalize();
    Path p = project.toAbsolutePath().normalize();
    if (f.startsWith(p)) return true;
    try {
      Path real = Files.exists(f) ? f.toRealPath() : real(f.getParent()).resolve(f.getFileName());
      return real.startsWith(real(p));
    } catch (IOException | RuntimeException e) {
      return true; // cannot tell: do not trust it
    }
  }

  /** The real path of the nearest existing ancestor, with the rest appended. */
  private static Path real(Path path) throws IOException {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return path;
    return existing.toRealPath().resolve(existing.relativize(path));
  }

  private static Seal load(Path file) {
    try {
      if (!Files.exists(file)) create(file);
      byte[] key = Files.readAllBytes(file);
      if (key.length == KEY_BYTES) return new Seal(key, true);
    } catch (IOException | RuntimeException e) {
      // fall through: a key this JVM keeps to itself
    }
    return JVM;
  }

  /** Writes a new key readable by its owner only, moved into place so no reader sees half. */
  private static void create(Path file) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.getParent());
    Path tmp;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      tmp =
          Files.createTempFile(
              file.getParent(),
              FILE,
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
    }
    try {
      Files.write(tmp, key);
      try {
        // Never replace a key another build made meanwhile: both would then sign differently.
        Files.createLink(file, tmp);
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // the other build's key is read by the caller
      } catch (UnsupportedOperationException | IOException noLinks) {
        if (!Files.exists(file)) Files.move(tmp, file);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public String toString() {
    return kept ? "Seal[kept]" : "Seal[this JVM]"; // never the key
  }
}

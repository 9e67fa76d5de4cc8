package dev.policyascode.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one render, kept in memory until every one of them is done, then written to a fresh
 * folder that replaces the output folder whole. A failure before the swap leaves the previous
 * output exactly as it was, and no file of an earlier build lingers after a successful one.
 */
public final class OutputFiles {

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /**
   * Adds a file at {@code name}, a path relative to the output folder with '/' separators.
   *
   * @throws RenderException when the path would leave the output folder or is added twice
   */
  public void add(String name, String content) {
    add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #add(String, String)}, for content that is already bytes. */
  public void add(String name, byte[] content) {
    checkName(name);
    if (files.putIfAbsent(name, content.clone()) != null) {
      throw new RenderException("Two outputs were given the same name: " + name);
    }
  }

  /** The names added so far, in the order they were added. */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(files.keySet()));
  }

  /** The content added under {@code name}, or null. */
  public byte[] content(String name) {
    byte[] c = files.get(name);
    return c == null ? null : c.clone();
  }

  /** Writes every file to a fresh folder and puts it in the place of {@code dir}. */
  public void writeReplacing(Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path fresh = null;
    try {
      Files.createDirectories(parent);
      fresh = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path file = fresh.resolve(e.getKey()).normalize();
        if (!file.startsWith(fresh) || file.equals(fresh)) {
          throw new RenderException(
              "Refusing to write " + e.getKey() + " outside the output folder");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
      }
      OutputFolders.swap(fresh, target);
    } catch (IOException e) {
      OutputFolders.deleteQuietly(fresh);
      throw new RenderException(
          "Cannot write the output folder " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      OutputFolders.deleteQuietly(fresh);
      throw e;
    }
  }

  // Names come from policy and version ids; the loader already restricts ids, and this is the
  // second line of defence so that no id can write outside the output folder.
  private static void checkName(String name) {
    boolean bad =
        name.isEmpty()
            || name.startsWith("/")
            || name.contains("\\")
            || name.contains("\0")
            || name.endsWith("/");
    if (!bad) {
      for (String part : name.split("/", -1)) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) bad = true;
      }
    }
    if (bad) {
      throw new RenderException("Refusing to write " + name + " outside the output folder");
    }
  }
}

package dev.policyascode.export;

import java.util.Objects;

/** One file an export writes: its path under the version's export folder, and its bytes. */
public record ExportFile(String path, byte[] bytes) {

  public ExportFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("an export file's path stays in its folder: " + path);
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}

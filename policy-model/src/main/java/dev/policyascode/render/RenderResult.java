package dev.policyascode.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What a render wrote: the output folder, the files in it (relative to that folder), how many of
 * them were rendered (the others were kept from the previous render, their inputs unchanged), and
 * whether the folder was already up to date, so that nothing was written at all.
 */
public record RenderResult(Path outputDir, List<String> files, int rendered, boolean upToDate) {
  public RenderResult {
    files = List.copyOf(files);
  }

  /** A render that rendered every one of its files. */
  public RenderResult(Path outputDir, List<String> files) {
    this(outputDir, files, files.size(), false);
  }
}

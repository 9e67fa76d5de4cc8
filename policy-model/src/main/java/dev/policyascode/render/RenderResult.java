package dev.policyascode.render;

import java.nio.file.Path;
import java.util.List;

/** What a render wrote: the output folder and the files in it, relative to that folder. */
public record RenderResult(Path outputDir, List<String> files) {
  public RenderResult {
    files = List.copyOf(files);
  }
}

package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that stopped half-way through replacing an output folder is cleaned up by the next one:
 * the previous output is put back when the folder is missing, and the marked {@code -new-} and
 * {@code -old-} folders it left are removed; a folder without the marker is never touched.
 */
class OutputLeftoversTest {

  @TempDir Path dir;

  @Test
  void markedLeftoversBesideTheOutputAreRemovedAndUnmarkedOnesKept() throws IOException {
    Path site = dir.resolve("site");
    marked(".site-old-crashed1", "p/index.html", "previous");
    marked(".site-new-crashed2", "p/index.html", "half written");
    Path someones = Files.createDirectories(dir.resolve(".site-old-mine"));
    Files.writeString(someones.resolve("notes.txt"), "not the plugin's");

    OutputFiles out = new OutputFiles();
    out.add("p/index.html", "new");
    out.writeReplacing(site);

    assertEquals(List.of(".site-old-mine", "site"), OutputContents.entries(dir));
    assertEquals("new", Files.readString(site.resolve("p/index.html")));
    assertEquals("not the plugin's", Files.readString(someones.resolve("notes.txt")));
  }

  @Test
  void aMissingOutputIsPutBackFromTheFolderACrashLeftAside() throws IOException {
    Path site = dir.resolve("site");
    marked(".site-old-crashed1", "p/index.html", "previous");

    // The next build fails too: readers must still find the previous site, not nothing.
    OutputFiles out = new OutputFiles();
    out.add(
        List.of("p/index.html"),
        Optional.empty(),
        () -> {
          throw new RenderException("the template failed");
        });
    assertThrows(RenderException.class, () -> out.writeReplacing(site));

    assertEquals("previous", Files.readString(site.resolve("p/index.html")));
    assertEquals(List.of("site"), OutputContents.entries(dir));
  }

  @Test
  void aMountPointLeftHalfReplacedGetsItsPreviousContentsBack() throws IOException {
    Path site = marked("site", "p/index.html", "half new");
    Path old = Files.createDirectories(site.resolve(".site-old-crashed1"));
    OutputMarker.write(old, OutputKind.SITE);
    Files.createDirectories(old.resolve("p"));
    Files.writeString(old.resolve("p/index.html"), "previous");
    Files.writeString(old.resolve("about.html"), "previous about");
    Path staging = Files.createDirectories(site.resolve(".site-new-crashed2"));
    OutputMarker.write(staging, OutputKind.SITE);

    OutputFiles out = new OutputFiles();
    out.add(
        List.of("p/index.html"),
        Optional.empty(),
        () -> {
          throw new RenderException("the template failed");
        });
    assertThrows(RenderException.class, () -> out.writeReplacing(site));

    assertEquals(List.of(OutputMarker.NAME, "about.html", "p"), OutputContents.entries(site));
    assertEquals("previous", Files.readString(site.resolve("p/index.html")));
  }

  @Test
  void theLeftoversOfAnotherOutputWhoseNameStartsAlikeAreNotTakenForThese() throws IOException {
    // ".site-old-old-x" is what an output named "site-old" leaves, not one of "site"'s.
    marked(".site-old-old-x", "p/index.html", "another output's");

    OutputFiles out = new OutputFiles();
    out.add("p/index.html", "new");
    out.writeReplacing(dir.resolve("site"));

    assertEquals(List.of(".site-old-old-x", "site"), OutputContents.entries(dir));
    assertEquals("new", Files.readString(dir.resolve("site/p/index.html")));
  }

  /** A folder with the marker and one file, as a build of this tool leaves it. */
  private Path marked(String name, String file, String content) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    OutputMarker.write(folder, OutputKind.SITE);
    Files.createDirectories(folder.resolve(file).getParent());
    Files.writeString(folder.resolve(file), content);
    return folder;
  }
}

package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates' configuration is shared; a project's folder gets its own each time. */
class TemplatesTest {

  @Test
  void theBuiltInTemplatesAreParsedOncePerJvm() throws Exception {
    assertSame(Templates.configuration(null), Templates.configuration(null));
    assertSame(
        Templates.configuration(null).getTemplate(VersionPages.HTML_TEMPLATE),
        Templates.configuration(null).getTemplate(VersionPages.HTML_TEMPLATE));
  }

  @Test
  void aProjectsTemplateFolderIsReadAfreshByEachRender(@TempDir Path folder) {
    // its files can change between two builds of a JVM that stays up
    assertNotSame(Templates.configuration(folder), Templates.configuration(folder));
    assertNotSame(Templates.configuration(null), Templates.configuration(folder));
  }
}

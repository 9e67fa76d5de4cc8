package dev.policyascode.bench;

import dev.policyascode.text.BuiltInLabels;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker's least work for the site, for {@link ColdRun}'s {@code libraries} yardstick: what any
 * renderer of these pages pays in a fresh JVM before making a page of its own. A configuration set
 * up as the render's (the settings that decide what FreeMarker loads: its version, the output
 * formats by file extension, the simple object wrapper, no class resolving, templates from the
 * classpath), the seven built-in templates of the site's pages parsed, and one small HTML page made
 * with escaping. The page models are the render's own work, so they are not made here.
 */
final class ColdTemplates {

  /** The templates the site render parses: version pages, changes, archive, feed and sitemap. */
  private static final List<String> PAGES =
      List.of(
          "page.ftlh",
          "page.md.ftl",
          "changes.ftlh",
          "archive.ftlh",
          "archive.md.ftl",
          "feed.ftlx",
          "sitemap.ftlx");

  private ColdTemplates() {}

  static void leastWork() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setTemplateLoader(
        new ClassTemplateLoader(ColdTemplates.class.getClassLoader(), BuiltInLabels.FOLDER));
    try {
      for (String name : PAGES) cfg.getTemplate(name);
      Template page = new Template("least.ftlh", "<#list xs as x><p>${x}</p></#list>", cfg);
      StringWriter out = new StringWriter();
      page.process(Map.of("xs", List.of("<b>", "text")), out);
      if (!out.toString().contains("&lt;b&gt;")) throw new IllegalStateException("not escaped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException(e);
    }
  }
}

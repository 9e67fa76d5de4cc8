package dev.policyascode.render;

import dev.policyascode.text.BuiltInLabels;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker configuration: HTML templates ({@code .ftlh}) escape every value, templates can
 * neither create Java objects ({@code ?new}) nor reach their API ({@code ?api}), and the data they
 * get is plain maps, lists and strings. A project's folder of templates overrides the built-in ones
 * by name.
 */
final class Templates {

  static final String BUILT_IN = BuiltInLabels.FOLDER;

  private Templates() {}

  /**
   * The configuration for {@code overrides}, a project's template folder, or for the built-in
   * templates alone when it is null. The built-in one is made once and shared: its templates are in
   * the plugin's jar and cannot change while its classes are loaded, so the goals of one build
   * (render, register, compliance) and the builds of a JVM that stays up ({@code mvnd}, an IDE)
   * parse each template once. A configuration is safe for concurrent use once set up, and nothing
   * changes it after this class has made it. A project's folder can change between builds: its
   * configuration is made afresh each time.
   */
  static Configuration configuration(Path overrides) {
    return overrides == null ? BuiltIn.SHARED : make(overrides);
  }

  /** Made on first use, in a holder class: the JVM makes it once, for every thread. */
  private static final class BuiltIn {
    static final Configuration SHARED = make(null);
  }

  private static Configuration make(Path overrides) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), BUILT_IN);
    if (overrides == null) {
      cfg.setTemplateLoader(builtIn);
    } else {
      if (!Files.isDirectory(overrides)) {
        throw new IllegalArgumentException(
            "The template folder "
                + overrides
                + " does not exist;"
                + " create it or remove the setting to use the built-in templates.");
      }
      try {
        cfg.setTemplateLoader(
            new MultiTemplateLoader(
                new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), builtIn}));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "Cannot read the template folder " + overrides + ": " + e.getMessage(), e);
      }
    }
    return cfg;
  }
}

package dev.policyascode.export.stores;

import dev.policyascode.export.ExportFormat;
import java.util.List;

/** The store label formats, which {@link dev.policyascode.export.catalog.ExportFormats} lists. */
public final class StoreLabelFormats {

  private StoreLabelFormats() {}

  public static final List<ExportFormat> ALL =
      List.of(new PlayDataSafetyCsv(), new PrivacyManifest(), new AppStoreSummary());
}

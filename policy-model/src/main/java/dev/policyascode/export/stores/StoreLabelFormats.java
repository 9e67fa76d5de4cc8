package dev.policyascode.export.stores;

import dev.policyascode.export.ExportFormat;
import java.util.List;

/**
 * The store label formats, for the {@code policy:export} goal to offer. They are listed here rather
 * than in {@link dev.policyascode.export.ExportFormats}: that class naming them would make {@code
 * export} and {@code export.stores} depend on each other, a cycle ArchitectureTest refuses.
 */
public final class StoreLabelFormats {

  private StoreLabelFormats() {}

  public static final List<ExportFormat> ALL =
      List.of(new PlayDataSafetyCsv(), new PrivacyManifest(), new AppStoreSummary());
}

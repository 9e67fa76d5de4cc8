package dev.policyascode.export.catalog;

import dev.policyascode.export.DpvExport;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.export.JsonExport;
import dev.policyascode.export.stores.StoreLabelFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every export format the {@code policy:export} goal offers, by name. A package of its own, above
 * {@code export} and {@code export.stores}, so that naming both does not make them depend on each
 * other.
 */
public final class ExportFormats {

  private ExportFormats() {}

  // One line per format; the order is the order of the goal's help and of the README.
  private static final List<ExportFormat> ALL = all(StoreLabelFormats.ALL);

  private static List<ExportFormat> all(List<ExportFormat> stores) {
    List<ExportFormat> all = new ArrayList<>();
    all.add(new JsonExport()); // the model as documented JSON
    all.add(new DpvExport()); // W3C DPV 2.1 as JSON-LD
    all.addAll(stores); // Google Play's Data safety CSV, Apple's privacy manifest and summary
    return List.copyOf(all);
  }

  public static List<ExportFormat> all() {
    return ALL;
  }

  public static Optional<ExportFormat> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}

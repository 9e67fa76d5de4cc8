package dev.policyascode.export;

import java.util.List;
import java.util.Optional;

/** Every export format the {@code policy:export} goal offers, by name. */
public final class ExportFormats {

  private ExportFormats() {}

  // One line per format; the order is the order of the goal's help and of the README.
  private static final List<ExportFormat> ALL = List.of();

  public static List<ExportFormat> all() {
    return ALL;
  }

  public static Optional<ExportFormat> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}

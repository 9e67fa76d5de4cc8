package dev.policyascode.export;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.util.List;

/**
 * One machine-readable form of a version's facts (the JSON export, W3C DPV, a store's privacy
 * label), written by the {@code policy:export} goal. Each format states the same facts the notice
 * states, taken from the same model, so that no copy is kept by hand.
 */
public interface ExportFormat {

  /** The name a pom chooses the format by, such as {@code json} or {@code dpv}. */
  String name();

  /**
   * The paths of the files {@link #write} gives, the same for every version: the export goal keys
   * them before making them, so that a version whose files did not change is not exported again.
   */
  List<String> files();

  /**
   * The files this format writes for one version, each by its path under the version's export
   * folder, in the order {@link #files} names them.
   *
   * @throws ExportException when the policy lacks a fact the format needs and cannot derive; its
   *     message says where to write it
   */
  List<ExportFile> write(Policy policy, PolicyVersion version);
}

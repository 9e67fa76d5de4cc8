package dev.policyascode.versions;

import dev.policyascode.io.AtomicFiles;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A policy chosen for a version goal, loaded, with its folder: the one policy under the folder, or
 * the one named.
 */
record PolicyFolder(Policy policy, Path dir, Path displayRoot) {

  static PolicyFolder choose(Path policiesDir, Optional<String> policyId, Path displayRoot)
      throws WorkflowException {
    LoadResult loaded = new PolicyLoader(displayRoot).load(policiesDir);
    List<String> ids =
        new java.util.ArrayList<>(loaded.policies().stream().map(Policy::id).toList());
    ids.addAll(loaded.unreadable());
    ids.sort(null);
    String id;
    if (policyId.isPresent()) {
      id = policyId.get();
      if (!ids.contains(id)) {
        throw new WorkflowException(
            "There is no policy '"
                + id
                + "' in "
                + policiesDir
                + (ids.isEmpty() ? "" : "; the policies are " + String.join(", ", ids)));
      }
    } else if (ids.size() == 1) {
      id = ids.get(0);
    } else if (ids.isEmpty()) {
      throw new WorkflowException(
          "No policy found in "
              + policiesDir
              + ": a policy is a folder holding policy.yaml and a versions folder");
    } else {
      throw new WorkflowException(
          "There are several policies ("
              + String.join(", ", ids)
              + "); name one with -Dpolicy.id=<policy>");
    }
    Optional<Policy> policy = loaded.policies().stream().filter(p -> p.id().equals(id)).findFirst();
    if (policy.isEmpty()) {
      throw new WorkflowException(
          "The policy "
              + id
              + " cannot be read; run mvn policy:lint and fix the errors it shows first");
    }
    return new PolicyFolder(policy.get(), policiesDir.resolve(id), displayRoot);
  }

  Path versionFile(String versionId) {
    return dir.resolve(PolicyLoader.VERSIONS_DIR).resolve(versionId + ".yaml");
  }

  /** A path as messages show it: relative to the display root. */
  String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path root = displayRoot.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Writes a file whole, through a temporary file beside it, so no reader sees half of it. */
  static void replace(Path file, String content) throws IOException {
    AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
  }
}

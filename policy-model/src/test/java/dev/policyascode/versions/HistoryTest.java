package dev.policyascode.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Flagship;
import dev.policyascode.load.LoadResult;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions rules compare each version file's hash with the lock's. The lint takes it from what
 * the loader read, where that is the same hash: a file without a carriage return.
 */
class HistoryTest {

  @TempDir Path dir;

  @Test
  void theHashesFromTheLoadAreTheHashesOfTheFiles() throws IOException {
    Path policies = dir.resolve("policies");
    Path policy = policies.resolve("qucit-privacy");
    Flagship.copyTo(policy);
    // One version checked out with CR LF line ends, as Git on Windows may: its hash is the hash of
    // its text with LF, which is not the SHA-256 of its bytes.
    Path crlf = policy.resolve("versions/2018-05-25.yaml");
    Files.writeString(crlf, Files.readString(crlf).replace("\n", "\r\n"));
    LoadResult loaded = new PolicyLoader(dir).load(policies);
    Policy p = loaded.policies().get(0);
    String crlfName = p.versions().get(0).at().file();
    assertFalse(loaded.noCarriageReturn().contains(crlfName), crlfName);
    String plainName = p.versions().get(1).at().file();
    assertTrue(loaded.noCarriageReturn().contains(plainName), plainName);

    History fromLoad = History.read(policy, p, loaded);
    History fromFiles = History.read(policy, p);
    assertEquals(fromFiles, fromLoad);
    // Both still match the lock: the lock was written with LF.
    assertEquals(
        fromFiles.lock().orElseThrow().entries().stream()
            .filter(e -> e.version().equals("2018-05-25"))
            .findFirst()
            .orElseThrow()
            .hash(),
        fromLoad.files().get("2018-05-25").hash());
    assertNotEquals(
        ContentHash.PREFIX + loaded.sources().get(crlfName),
        fromLoad.files().get("2018-05-25").hash(),
        "the bytes' digest is not the lock's hash of a CR LF file");
  }
}

package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What loading a folder of policies gave: the policies whose files were all well-formed, and a
 * finding for every problem in the others, whose ids (folder names) are listed as unreadable. A
 * policy with any loading problem is left out whole, so that nothing is rendered from half a
 * policy. {@code sources} holds the SHA-256 of every file read, by its name in findings, so that a
 * render can tell what changed since the previous build, and {@code comments} the comments of every
 * file that was well-formed, read in the same parse as its values, for the suppression comments.
 * {@code noCarriageReturn} names the version files whose bytes hold no carriage return: their
 * SHA-256 in {@code sources} is also the lock's hash of them, so the versions rules need not read
 * them again ({@link dev.policyascode.versions.History}).
 */
public record LoadResult(
    List<Policy> policies,
    List<String> unreadable,
    List<Finding> findings,
    int filesRead,
    Map<String, String> sources,
    Map<String, List<Comment>> comments,
    Set<String> noCarriageReturn) {
  public LoadResult {
    policies = List.copyOf(policies);
    unreadable = List.copyOf(unreadable);
    findings = List.copyOf(findings);
    sources = Map.copyOf(sources);
    comments = Map.copyOf(comments);
    noCarriageReturn = Set.copyOf(noCarriageReturn);
  }
}

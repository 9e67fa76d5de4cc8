package dev.policyascode.lint.rules;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds many phrases in a text at once, each as {@link WholeWord} finds one: an Aho-Corasick
 * automaton over the phrases' characters, then the same whole-word test at each place a phrase
 * ends. One pass over a text finds every phrase in it, however many phrases there are: searching
 * the text once per term took minutes for a version of 80,000 definitions (issue 19).
 *
 * <p>Nodes are numbers and their edges live in one open-addressed table, so that an automaton of a
 * few million characters costs tens of megabytes, not an object per character.
 */
final class PhraseScanner {

  private final int[] lengths; // of each phrase
  private int nodes = 1; // node 0 is the root
  private int[] fail = new int[16];
  private int[] output = new int[16]; // the phrase that ends at a node, -1 for none
  private int[] nextOutput = new int[16]; // the nearest node on the failure chain with one
  private int[] firstChild = new int[16];
  private int[] sibling = new int[16];
  private char[] label = new char[16];
  private long[] keys = new long[64]; // (node << 16 | char) + 1; 0 is empty
  private int[] targets = new int[64];

  /** The phrases, none empty; a phrase is named by its index in the list. */
  PhraseScanner(List<String> phrases) {
    lengths = new int[phrases.size()];
    Arrays.fill(output, -1);
    Arrays.fill(firstChild, -1);
    for (int p = 0; p < phrases.size(); p++) {
      String phrase = phrases.get(p);
      if (phrase.isEmpty()) throw new IllegalArgumentException("an empty phrase");
      lengths[p] = phrase.length();
      int node = 0;
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        int next = edge(node, c);
        if (next < 0) next = addChild(node, c);
        node = next;
      }
      if (output[node] < 0) output[node] = p;
    }
    links();
  }

  /**
   * Calls {@code found} with the index of each phrase at each place where {@code text} holds it as
   * whole words; a phrase found twice is reported twice.
   */
  void scan(String text, IntConsumer found) {
    int node = 0;
    for (int i = 0; i < text.length(); i++) {
      node = step(node, text.charAt(i));
      for (int o = output[node] >= 0 ? node : nextOutput[node]; o > 0; o = nextOutput[o]) {
        int p = output[o];
        int end = i + 1;
        if (WholeWord.boundedAt(text, end - lengths[p], end)) found.accept(p);
      }
    }
  }

  private int step(int node, char c) {
    while (true) {
      int next = edge(node, c);
      if (next >= 0) return next;
      if (node == 0) return 0;
      node = fail[node];
    }
  }

  /** The failure links, breadth first: each node's longest proper suffix that is a node. */
  private void links() {
    nextOutput = new int[nodes];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child = firstChild[0]; child >= 0; child = sibling[child]) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      int f = fail[node];
      nextOutput[node] = output[f] >= 0 ? f : nextOutput[f];
      for (int child = firstChild[node]; child >= 0; child = sibling[child]) {
        fail[child] = step(f, label[child]);
        queue.add(child);
      }
    }
  }

  private int addChild(int parent, char c) {
    if (nodes == fail.length) grow();
    int node = nodes++;
    label[node] = c;
    sibling[node] = firstChild[parent];
    firstChild[parent] = node;
    put(key(parent, c), node);
    return node;
  }

  private void grow() {
    int n = fail.length * 2;
    fail = Arrays.copyOf(fail, n);
    output = Arrays.copyOf(output, n);
    firstChild = Arrays.copyOf(firstChild, n);
    sibling = Arrays.copyOf(sibling, n);
    label = Arrays.copyOf(label, n);
    Arrays.fill(output, n / 2, n, -1);
    Arrays.fill(firstChild, n / 2, n, -1);
  }

  private static long key(int node, char c) {
    return (((long) node << 16) | c) + 1;
  }

  private int edge(int node, char c) {
    long k = key(node, c);
    int mask = keys.length - 1;
    for (int slot = hash(k) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == k) return targets[slot];
    }
    return -1;
  }

  private void put(long k, int target) {
    if (nodes * 2 > keys.length) rehash();
    int mask = keys.length - 1;
    int slot = hash(k) & mask;
    while (keys[slot] != 0) slot = (slot + 1) & mask;
    keys[slot] = k;
    targets[slot] = target;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[oldKeys.length * 2];
    targets = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == 0) continue;
      int slot = hash(oldKeys[i]) & mask;
      while (keys[slot] != 0) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[i];
      targets[slot] = oldTargets[i];
    }
  }

  private static int hash(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}

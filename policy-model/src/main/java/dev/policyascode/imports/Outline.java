package dev.policyascode.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A notice read from its source, before it is written as YAML: the title, the text before the first
 * section and the section tree. Every text is CommonMark taken from the source as written
 * (Markdown), or converted to CommonMark (HTML, Word), so that what follows is written once for all
 * three formats.
 */
record Outline(String title, String preamble, List<Outline.Node> sections) {

  /** A section: its id, its title as written (its literal number included), its text. */
  record Node(String id, String title, StringBuilder body, List<Node> sections) {
    Node(String id, String title) {
      this(id, title, new StringBuilder(), new ArrayList<>());
    }
  }
}

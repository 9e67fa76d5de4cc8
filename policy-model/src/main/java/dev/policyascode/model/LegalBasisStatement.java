package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/** How the text states one legal basis. */
public record LegalBasisStatement(LegalBasis basis, Prose text, Position at, Positions positions)
    implements Located {
  public LegalBasisStatement {
    Objects.requireNonNull(positions, "positions must not be null");
  }

  /** Made by hand rather than loaded, as in a test: its values are placed at its start. */
  public LegalBasisStatement(LegalBasis basis, Prose text, Position at) {
    this(basis, text, at, Positions.unknown());
  }
}

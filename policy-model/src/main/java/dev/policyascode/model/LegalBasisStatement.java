package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/** How the text states one legal basis. */
public record LegalBasisStatement(LegalBasis basis, Prose text, Position at) {}

package dev.policyascode.model;

/** How the text states one legal basis. */
public record LegalBasisStatement(LegalBasis basis, Prose text, Position at) {}

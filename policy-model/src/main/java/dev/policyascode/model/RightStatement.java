package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/** A right of the data subject, as the text names it. */
public record RightStatement(Right right, String label, Position at) {}

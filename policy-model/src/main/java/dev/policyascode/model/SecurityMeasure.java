package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/** A security measure, as the policy states it. */
public record SecurityMeasure(String id, Prose text, Position at) {}

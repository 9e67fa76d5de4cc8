package dev.policyascode.model;

/** A security measure, as the policy states it. */
public record SecurityMeasure(String id, Prose text, Position at) {}

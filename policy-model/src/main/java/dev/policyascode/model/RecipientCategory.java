package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/** A category of recipients, as the text names it. */
public record RecipientCategory(String id, String name, Position at) {}

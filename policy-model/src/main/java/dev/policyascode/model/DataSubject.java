package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Optional;

/** A category of people whose data is processed. */
public record DataSubject(String id, String name, Optional<String> description, Position at) {}

package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Optional;

/** A transfer outside the EEA and its ground. */
public record Transfer(
    Ref recipient, String country, Safeguard safeguard, Optional<String> details, Position at) {}

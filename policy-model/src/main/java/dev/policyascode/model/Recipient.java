package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Optional;

/** A named recipient or subprocessor, and the country where it processes the data. */
public record Recipient(
    String id,
    String name,
    Ref category,
    RecipientRole role,
    String country,
    Optional<String> service,
    Position at) {}

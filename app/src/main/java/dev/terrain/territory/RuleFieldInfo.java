package dev.terrain.territory;

import java.util.List;

/**
 * A field a rule may test ({@code postalCode}, {@code custom.fleet_size}...), the kind of its values
 * ({@code TEXT}, {@code CODE}, {@code NUMBER}, {@code BOOLEAN}, {@code DATE}) and the operators allowed on it.
 */
public record RuleFieldInfo(String name, String kind, List<String> operators) {
}

package dev.terrain.territory;

import java.util.UUID;

/** Identifies a territory. */
public record TerritoryId(UUID value) {

    public TerritoryId {
        if (value == null) {
            throw new IllegalArgumentException("A territory id needs a value");
        }
    }

    public static TerritoryId random() {
        return new TerritoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

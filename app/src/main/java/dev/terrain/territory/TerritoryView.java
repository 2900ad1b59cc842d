package dev.terrain.territory;

/**
 * A territory as read: {@code depth} is 0 for a root; {@code rule} is its assignment rule as JSON (null: manual
 * only); {@code version} is the ETag of optimistic locking.
 */
public record TerritoryView(TerritoryId id, TerritoryId parentId, String name, String description, String externalId,
        String rule, int depth, int version, long customerCount, int memberCount) {
}

package dev.terrain.territory;

/** What a user writes when creating or editing a territory; the rule is changed on its own. */
public record TerritoryDraft(TerritoryId parentId, String name, String description, String externalId) {
}

package dev.terrain.territory.web;

import java.util.UUID;

import dev.terrain.territory.TerritoryView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A territory over REST; {@code rule} is the JSON rule itself (null: manual only). */
record TerritoryJson(UUID id, UUID parentId, String name, String description, String externalId, JsonNode rule,
        int depth, int version, long customerCount, int memberCount) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static TerritoryJson of(TerritoryView t) {
        return new TerritoryJson(t.id().value(), t.parentId() == null ? null : t.parentId().value(), t.name(),
                t.description(), t.externalId(), t.rule() == null ? null : JSON.readTree(t.rule()), t.depth(),
                t.version(), t.customerCount(), t.memberCount());
    }
}

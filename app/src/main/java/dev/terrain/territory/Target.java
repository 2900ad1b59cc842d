package dev.terrain.territory;

import java.math.BigDecimal;
import java.util.UUID;

import dev.terrain.organization.UserId;

/**
 * A forecast target of a territory ({@code user} null) or of one member in it, for a month ({@code 2026-03}) or a
 * quarter ({@code 2026-Q1}). A user in several territories has one target per territory.
 */
public record Target(UUID id, TerritoryId territory, String territoryName, UserId user, String userName,
        String period, BigDecimal revenue, Integer visits, Integer newCustomers) {

    /** What a caller sends: the key (territory, user, period) and the figures. */
    public record Draft(TerritoryId territory, UserId user, String period, BigDecimal revenue, Integer visits,
            Integer newCustomers) {
    }

    /** Filters of the target list; every part may be null. {@code kind} is {@code MONTH} or {@code QUARTER}. */
    public record Filter(TerritoryId territory, UserId user, Integer year, String kind) {
    }
}

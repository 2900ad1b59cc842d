package dev.terrain.territory.internal;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;

/**
 * Test-only door to the production visibility rule, for the benchmark and tests that run without a Spring
 * context: it returns exactly the scope the application reads customer lists from.
 */
public final class VisibilityForBenchmarks {

    /** Without a database: scopes and predicates are plain SQL. */
    private static final CustomerVisibility RULE = new TerritoryVisibility(null);

    private VisibilityForBenchmarks() {
    }

    public static CustomerVisibility.Scope scopeOf(CurrentUser user, String customerAlias) {
        return RULE.scopeOf(user, customerAlias);
    }
}

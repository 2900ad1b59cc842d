package dev.terrain.territory.internal;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;

/**
 * Test-only door to the production visibility rule, for the benchmark and tests that run without a Spring
 * context: it returns exactly the predicate the application adds to its customer queries.
 */
public final class VisibilityForBenchmarks {

    private static final CustomerVisibility RULE = new TerritoryVisibility();
    private static final CustomerVisibility RULE_AS_SET = new TerritoryVisibility(Integer.MAX_VALUE);

    private VisibilityForBenchmarks() {
    }

    public static CustomerVisibility.Predicate visibleTo(CurrentUser user, String customerAlias) {
        return RULE.visibleTo(user, customerAlias);
    }

    /** The same rule, always planned with the set of the user's territory customers (for counting, not timing). */
    public static CustomerVisibility.Predicate visibleToAsSet(CurrentUser user, String customerAlias) {
        return RULE_AS_SET.visibleTo(user, customerAlias);
    }
}

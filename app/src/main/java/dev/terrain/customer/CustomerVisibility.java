package dev.terrain.customer;

import java.util.Map;

import dev.terrain.organization.CurrentUser;

/**
 * The one visibility rule, as a SQL predicate over the {@code customers} table. Every read path that returns
 * customers or their data (list, search, card, map, REST, exports, feeds, reports) adds this predicate to its
 * query. The territory module provides the implementation.
 */
public interface CustomerVisibility {

    /**
     * @param user          the reader
     * @param customerAlias the alias of the {@code customers} table in the caller's query
     * @return a predicate (in parentheses) and its named parameters; parameter names start with {@code vis_}
     */
    Predicate visibleTo(CurrentUser user, String customerAlias);

    /** A SQL boolean expression with named parameters, safe to AND into a where clause. */
    record Predicate(String sql, Map<String, Object> parameters) {

        public static Predicate always() {
            return new Predicate("(true)", Map.of());
        }
    }
}

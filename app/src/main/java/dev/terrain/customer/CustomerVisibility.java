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

    /**
     * The customers the user sees as a from item, for lists: ordered by {@link Scope#nameOrder()}, a user's
     * first page reads as few rows as an admin's.
     *
     * @param user          the reader
     * @param customerAlias the alias the from item gives the {@code customers} table
     */
    Scope scopeOf(CurrentUser user, String customerAlias);

    /** Whether the user sees more than this many customers (an admin: always); a quick test, to choose a plan. */
    boolean seesMoreThan(CurrentUser user, int customers);

    /** A SQL boolean expression with named parameters, safe to AND into a where clause. */
    record Predicate(String sql, Map<String, Object> parameters) {

        public static Predicate always() {
            return new Predicate("(true)", Map.of());
        }
    }

    /**
     * A from item holding exactly the visible customers under the caller's alias, and expressions over it: the
     * two keys of the order {@code lower(name), id} (the same order, taken from the from item's own index) and,
     * when the scope keeps it, the searched text of each customer. {@code keysFrom}, when there is one, is the
     * same scope without the customers table: rows with {@code nameKey}, {@code idKey} and {@code searchKey},
     * for counts that need nothing else.
     *
     * @param searchKey the customer's searched text: name, city, postal code and external id as a customer
     *                  search matches them (null: none, search the customers table)
     * @param keysFrom  null: none
     */
    record Scope(String from, String keysFrom, String nameKey, String idKey, String searchKey, Map<String, Object> parameters) {

        public static Scope everything(String c) {
            return new Scope("customers " + c, null, "lower(" + c + ".name)", c + ".id", null, Map.of());
        }
    }
}

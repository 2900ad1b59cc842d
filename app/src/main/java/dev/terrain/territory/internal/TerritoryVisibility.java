package dev.terrain.territory.internal;

import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The visibility rule: a user sees a customer if they own it, supervise its owner (a group they supervise),
 * belong to one of its territories, or belong to an ancestor of one of them. Admins see all.
 *
 * <p>The territory part has two plans, chosen inside the SQL once per query (see docs/benchmarks.md,
 * "Customer visibility at scale"). A user whose territories hold few assignments gets the set of those
 * customer ids, hashed once per query. A user whose territories hold many (a regional or national manager)
 * would make that set huge, so each customer is tested on its own instead, through the
 * {@code territory_customers (customer_id, territory_id)} index. Both plans apply the same rule.
 */
@Component
class TerritoryVisibility implements CustomerVisibility {

    /** From this many (territory, customer) assignments in a user's territories on, customers are tested one by one. */
    static final int WIDE_SCOPE = 20_000;

    // Aliases start with vis_ so that they cannot hide the caller's alias for customers.
    private static final String SCOPE_ASSIGNMENTS = """
            territory_members vis_m
                join territory_paths vis_p on vis_p.ancestor_id = vis_m.territory_id
                join territory_customers vis_tc on vis_tc.territory_id = vis_p.descendant_id
                where vis_m.user_id = :vis_user""";

    // CASE evaluates only the branch it takes, so the other plan never runs. The per-customer test is a
    // scalar subquery, not EXISTS: PostgreSQL would turn that EXISTS into the same huge hashed set.
    private static final String RULE = """
            (%1$s.owner_id = :vis_user
             or %1$s.owner_id in (select vis_s.user_id from supervised_users vis_s where vis_s.supervisor_id = :vis_user)
             or case when (select count(*) from (select 1 from %2$s limit %3$d) vis_scope) < %3$d
                     then %1$s.id in (select vis_tc.customer_id from %2$s)
                     else (select true from territory_customers vis_own
                           where vis_own.customer_id = %1$s.id
                             and vis_own.territory_id = any (array(
                                 select vis_d.descendant_id
                                 from territory_members vis_dm
                                 join territory_paths vis_d on vis_d.ancestor_id = vis_dm.territory_id
                                 where vis_dm.user_id = :vis_user))
                           limit 1) is not null
                end)""";

    private final int wideScope;

    TerritoryVisibility() {
        this(WIDE_SCOPE);
    }

    /** For tests: 0 tests every customer one by one, {@link Integer#MAX_VALUE} always builds the set. */
    TerritoryVisibility(int wideScope) {
        this.wideScope = wideScope;
    }

    @Override
    public Predicate visibleTo(CurrentUser user, String c) {
        if (user.isAdmin()) {
            return Predicate.always();
        }
        var sql = RULE.formatted(c, SCOPE_ASSIGNMENTS, wideScope);
        return new Predicate(sql, Map.of("vis_user", user.id().value()));
    }
}

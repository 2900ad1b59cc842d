package dev.terrain.territory.internal;

import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visibility rule: a user sees a customer if they own it, supervise its owner (a group they supervise),
 * belong to one of its territories, or belong to an ancestor of one of them. Admins see all.
 *
 * <p>The rule is the view {@code customer_audience} (migration V391), materialised in {@code customer_access}
 * by triggers on every table it reads, so a read never evaluates the rule: a user's customers are one range
 * of {@code customer_access_user_name}, already in name order, and testing one customer is one primary-key
 * lookup (see docs/benchmarks.md, "Customer visibility at scale"). The test is a scalar subquery, not EXISTS,
 * so that PostgreSQL never trades it for a hash of all the user's customers, which for a national manager
 * would be a million rows.
 */
@Component
class TerritoryVisibility implements CustomerVisibility {

    // Aliases start with vis_ so that they cannot hide the caller's alias for customers.
    private static final String TEST = "((select true from customer_access vis_a where vis_a.user_id = :vis_user and vis_a.customer_id = %s.id) is not null)";

    private static final String SOURCE = "customer_access vis_a join customers %1$s on %1$s.id = vis_a.customer_id and vis_a.user_id = :vis_user";

    private static final String KEYS = "(select * from customer_access where user_id = :vis_user) vis_a";

    private final JdbcClient jdbc;

    TerritoryVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Predicate visibleTo(CurrentUser user, String c) {
        if (user.isAdmin()) {
            return Predicate.always();
        }
        return new Predicate(TEST.formatted(c), Map.of("vis_user", user.id().value()));
    }

    @Override
    public Scope scopeOf(CurrentUser user, String c) {
        if (user.isAdmin()) {
            return Scope.everything(c);
        }
        return new Scope(SOURCE.formatted(c), KEYS, "vis_a.name_key", "vis_a.customer_id", "vis_a.search_text",
                Map.of("vis_user", user.id().value()));
    }

    @Override
    public boolean seesMoreThan(CurrentUser user, int customers) {
        return user.isAdmin() || jdbc.sql("select count(*) from (select 1 from customer_access where user_id = :user limit :n) x")
                .param("user", user.id().value()).param("n", customers + 1).query(Long.class).single() > customers;
    }
}

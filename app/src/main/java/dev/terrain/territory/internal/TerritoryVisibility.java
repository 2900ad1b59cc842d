package dev.terrain.territory.internal;

import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The visibility rule: a user sees a customer if they own it, supervise its owner (a group they supervise),
 * belong to one of its territories, or belong to an ancestor of one of them. Admins see all.
 */
@Component
class TerritoryVisibility implements CustomerVisibility {

    @Override
    public Predicate visibleTo(CurrentUser user, String c) {
        if (user.isAdmin()) {
            return Predicate.always();
        }
        var sql = """
                (%1$s.owner_id = :vis_user
                 or %1$s.owner_id in (select s.user_id from supervised_users s where s.supervisor_id = :vis_user)
                 or %1$s.id in (select tc.customer_id
                                from territory_members m
                                join territory_paths p on p.ancestor_id = m.territory_id
                                join territory_customers tc on tc.territory_id = p.descendant_id
                                where m.user_id = :vis_user))""".formatted(c);
        return new Predicate(sql, Map.of("vis_user", user.id().value()));
    }
}

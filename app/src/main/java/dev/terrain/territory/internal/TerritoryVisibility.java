package dev.terrain.territory.internal;

import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The visibility rule: a user sees a customer if they own it, supervise its owner (they are a supervisor in a
 * group the owner belongs to), belong to one of its territories, or belong to an ancestor of one of them.
 * Admins see all.
 *
 * <p>Written as correlated {@code exists} probes rather than {@code in (subquery)}: a page of customers
 * ordered by name with a limit stops after its first rows, and each probe is a few index-only lookups
 * ({@code customers_owner}, {@code group_members}, and the covering indexes of migration V301:
 * customer -> territories -> ancestors -> the reader's membership). The {@code in} form had to build the set of
 * every customer the reader may see before the first row, up to the whole table for a member of a root.
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
                 or exists (select 1 from group_members s
                            join users su on su.id = s.user_id and su.role = 'SUPERVISOR'
                            join group_members o on o.group_id = s.group_id
                            where s.user_id = :vis_user and o.user_id = %1$s.owner_id)
                 or exists (select 1 from territory_customers tc
                            join territory_paths p on p.descendant_id = tc.territory_id
                            join territory_members m on m.territory_id = p.ancestor_id
                            where tc.customer_id = %1$s.id and m.user_id = :vis_user))""".formatted(c);
        return new Predicate(sql, Map.of("vis_user", user.id().value()));
    }
}

package dev.terrain.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import javax.sql.DataSource;

/**
 * Assigns the generated customers to territories by rule, as one transaction, for {@link VisibilityData}
 * (which runs outside any application context, also in {@code TerritoryVisibilityRuleIntegrationTests}): drops the RULE rows, then
 * assigns customers level by level from the top of the tree (a territory whose parent has a rule only takes
 * customers of its parent), skipping manual exclusions; MANUAL rows stay as they are.
 *
 * <p>A set-based SQL shortcut that understands only the rules {@link VisibilityData} writes
 * ({@code {"all": [{"field": "postalCode", "op": "startsWith", "value": [...]}]}}). The benchmark times the
 * real engine, {@code TerritoryManagement.reevaluateAll}, on the data it produced; that finding nothing to
 * change is the check that both agree.
 */
public final class RuleReevaluation {

    private static final String DEPTHS = """
            select distinct x.depth
            from (select descendant_id, max(depth) as depth from territory_paths group by descendant_id) x
            join territories t on t.id = x.descendant_id
            where t.rule is not null
            order by x.depth""";

    private static final String ASSIGN_LEVEL = """
            insert into territory_customers (territory_id, customer_id, source)
            select r.id, c.id, 'RULE'
            from (select t.id, t.parent_id, parent.rule is not null as parent_has_rule, v.prefix
                  from territories t
                  left join territories parent on parent.id = t.parent_id
                  cross join lateral jsonb_array_elements(t.rule -> 'all') cond
                  cross join lateral jsonb_array_elements_text(cond -> 'value') v(prefix)
                  where cond ->> 'field' = 'postalCode' and cond ->> 'op' = 'startsWith'
                    and (select max(p.depth) from territory_paths p where p.descendant_id = t.id) = ?) r
            join (select c.id, x.prefix
                  from customers c
                  cross join lateral (values (left(c.postal_code, 1)), (left(c.postal_code, 2)),
                                             (left(c.postal_code, 3)), (left(c.postal_code, 4)),
                                             (left(c.postal_code, 5))) x(prefix)
                  where c.postal_code is not null) c on c.prefix = r.prefix
            where (not r.parent_has_rule
                   or exists (select 1 from territory_customers pc
                              where pc.territory_id = r.parent_id and pc.customer_id = c.id))
              and not exists (select 1 from territory_exclusions e
                              where e.territory_id = r.id and e.customer_id = c.id)
            on conflict (territory_id, customer_id) do nothing""";

    private RuleReevaluation() {
    }

    /** What one re-evaluation did. */
    public record Result(long removed, long assigned, long nanos) {
    }

    /** @param quiet with the triggers off (a bulk load that rebuilds {@code customer_access} afterwards) */
    public static Result run(DataSource dataSource, boolean quiet) {
        var start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (quiet) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("set local session_replication_role = replica");
                    }
                }
                long removed;
                try (var delete = connection.prepareStatement("delete from territory_customers where source = 'RULE'")) {
                    removed = delete.executeUpdate();
                }
                long assigned = 0;
                for (var depth : depths(connection)) {
                    try (var insert = connection.prepareStatement(ASSIGN_LEVEL)) {
                        insert.setInt(1, depth);
                        assigned += insert.executeUpdate();
                    }
                }
                connection.commit();
                return new Result(removed, assigned, System.nanoTime() - start);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rule re-evaluation failed", e);
        }
    }

    private static ArrayList<Integer> depths(Connection connection) throws SQLException {
        var depths = new ArrayList<Integer>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(DEPTHS)) {
            while (rows.next()) {
                depths.add(rows.getInt(1));
            }
        }
        return depths;
    }
}

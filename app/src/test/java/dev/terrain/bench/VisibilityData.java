package dev.terrain.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates the visibility benchmark's company on an empty, migrated database, deterministically for a seed:
 * {@code customers} customers across France, 2,000 users (10 admins, 90 supervisors with groups, 1,900 reps),
 * 500 territories in a four-level tree (country, 13 regions, 95 departments, 391 sectors with postal-code
 * rules) with their closure rows, members and customer assignments (each customer in 1 to 3 territories).
 * The SQL is in {@code bench/visibility-data.sql}; a {@code bench} schema keeps the generator's helper tables.
 */
public final class VisibilityData {

    public static final int USERS = 2_000;
    public static final int TERRITORIES = 500;
    public static final int QUIET_FROM = 100_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public VisibilityData(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Whether the database already holds a complete data set of this size and seed. */
    public boolean holds(int seed, int customers) {
        var done = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'bench' and table_name = 'done'")
                .query(Integer.class).single();
        return done > 0 && jdbc.sql("select count(*) from bench.done where seed = ? and customers = ?")
                .params(seed, customers).query(Integer.class).single() > 0;
    }

    /**
     * Rewrites sector rules of data generated before the rules took the application's format
     * ({@code {"match": "all", "conditions": [{"field": "postal_code", "operator": "STARTS_WITH", "values": [...]}]}})
     * into it; returns how many were rewritten.
     */
    public int upgradeRules() {
        return jdbc.sql("""
                update territories
                set rule = jsonb_build_object('all', jsonb_build_array(jsonb_build_object(
                        'field', 'postalCode', 'op', 'startsWith', 'value', rule -> 'conditions' -> 0 -> 'values')))
                where rule -> 'conditions' is not null""").update();
    }

    /**
     * From {@link #QUIET_FROM} customers on, the data is loaded with the triggers off and
     * {@code customer_access} rebuilt once at the end, much faster than pair by pair; below, the triggers keep
     * it as they do in the application.
     */
    public void generate(int seed, int customers, PrintStream log) {
        var script = script(seed, customers);
        var quiet = customers >= QUIET_FROM;
        for (var step : steps(script).entrySet()) {
            var start = System.nanoTime();
            execute(quiet ? "set session_replication_role = replica;\n" + step.getValue() + ";\nreset session_replication_role"
                    : step.getValue());
            log.printf("  %-40s %6.1f s%n", step.getKey(), (System.nanoTime() - start) / 1e9);
        }
        execute("analyze customers, territories, territory_paths, territory_customers, territory_exclusions");
        var rules = RuleReevaluation.run(dataSource, quiet);
        log.printf("  %-40s %6.1f s%n", "rule assignments (" + rules.assigned() + " rows)", rules.nanos() / 1e9);
        var start = System.nanoTime();
        if (quiet) {
            var pairs = jdbc.sql("select rebuild_customer_access()").query(Long.class).single();
            log.printf("  %-40s %6.1f s%n", "customer_access (" + pairs + " rows)", (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
        }
        execute("vacuum (analyze) customers, users, user_groups, group_members, territories, territory_paths, "
                + "territory_customers, territory_exclusions, territory_members, customer_access");
        // again: an autovacuum running during the first pass can keep pages from being marked all-visible
        execute("vacuum customers, territory_customers, customer_access");
        log.printf("  %-40s %6.1f s%n", "vacuum and analyze", (System.nanoTime() - start) / 1e9);
        execute("create table bench.done (seed integer, customers integer); insert into bench.done values ("
                + seed + ", " + customers + ")");
    }

    /** Row counts of the tables the visibility rule reads, in the order of the benchmark's record. */
    public Map<String, Long> sizes() {
        var sizes = new LinkedHashMap<String, Long>();
        for (var table : List.of("customers", "users", "user_groups", "group_members", "territories",
                "territory_paths", "territory_customers", "territory_exclusions", "territory_members")) {
            sizes.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        jdbc.sql("""
                select coalesce(x.n, 0) as n, count(*)
                from customers c
                left join (select customer_id, count(*) as n from territory_customers group by customer_id) x
                       on x.customer_id = c.id
                group by 1 order by 1""")
                .query((rows, i) -> sizes.put("customers in " + rows.getInt(1) + " territories", rows.getLong(2)))
                .list();
        return sizes;
    }

    /** Users of one kind (rep, supervisor-national, supervisor-region, supervisor-department, admin), in order. */
    public List<CurrentUser> users(String kind) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.role
                from bench.users b join users u on u.id = b.id
                where b.kind = ? order by b.n""")
                .param(kind)
                .query((rows, i) -> new CurrentUser(new UserId(rows.getObject(1, UUID.class)), rows.getString(2),
                        rows.getString(3), Role.valueOf(rows.getString(4))))
                .list();
    }

    static String script(int seed, int customers) {
        try (var in = VisibilityData.class.getResourceAsStream("/bench/visibility-data.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${seed}", Integer.toString(seed))
                    .replace("${customers}", Integer.toString(customers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> steps(String script) {
        var steps = new LinkedHashMap<String, String>();
        var parts = script.split("(?m)^-- step: ");
        for (int i = 1; i < parts.length; i++) {
            var newline = parts[i].indexOf('\n');
            steps.put(parts[i].substring(0, newline).trim(), parts[i].substring(newline + 1));
        }
        return steps;
    }

    private void execute(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the benchmark data failed: " + e.getMessage(), e);
        }
    }
}

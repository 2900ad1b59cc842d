package dev.terrain.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.terrain.customer.CustomerManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryManagement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer visibility at scale: generates the benchmark company ({@link VisibilityData}) on a fresh embedded
 * PostgreSQL under {@code app/target/visibility-benchmark}, starts the application on it, times the customer
 * list and search ({@code CustomerManagement.list}) for reps and supervisors against the same calls made as
 * an admin (no visibility predicate), writes the query plans of the list's SQL, and times full re-evaluations
 * of the territory rules ({@code TerritoryManagement.reevaluateAll}). Prints Markdown for {@code docs/benchmarks.md}.
 *
 * <p>Run from the repository root (see docs/benchmarks.md):
 * {@code ./mvnw -o -q -pl app test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.terrain.bench.VisibilityBenchmark -Dexec.args="..."}. Options: {@code --customers},
 * {@code --seed}, {@code --reps} (sampled reps), {@code --rounds} (timed rounds over the reps; supervisors get
 * enough rounds for the same number of runs), {@code --reevaluations}, {@code --reuse} (keep the data of a
 * previous run with the same size and seed), {@code --plans-only} (no timing), {@code --reevaluation-only} (only
 * the re-evaluation and rule-change timings), {@code --dir}.
 */
public final class VisibilityBenchmark {

    private static final double GOAL_P95_MILLIS = 50;
    private static final double GOAL_RATIO = 2;

    private final PrintStream out = System.out;

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            var flag = args[i].replaceFirst("^--", "");
            options.put(flag, flag.equals("reuse") || flag.equals("plans-only") || flag.equals("reevaluation-only") ? "true" : args[++i]);
        }
        new VisibilityBenchmark().run(
                Integer.parseInt(options.getOrDefault("customers", "1000000")),
                Integer.parseInt(options.getOrDefault("seed", "1")),
                Integer.parseInt(options.getOrDefault("reps", "50")),
                Integer.parseInt(options.getOrDefault("rounds", "4")),
                Integer.parseInt(options.getOrDefault("reevaluations", "1")),
                options.containsKey("reuse"), options.containsKey("plans-only"), options.containsKey("reevaluation-only"),
                Path.of(options.getOrDefault("dir", "app/target/visibility-benchmark")));
        System.exit(0);
    }

    void run(int customers, int seed, int repCount, int rounds, int reevaluations, boolean reuse,
            boolean plansOnly, boolean reevaluationOnly, Path dir) throws IOException {
        Files.createDirectories(dir);
        out.printf("Customer visibility benchmark, %s, %d cores, load average %s%n",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        try (var database = BenchDatabase.start(dir.resolve("pgdata"), !reuse)) {
            var started = System.nanoTime();
            database.migrate();
            var jdbc = JdbcClient.create(database.dataSource());
            var data = new VisibilityData(database.dataSource());
            if (!data.holds(seed, customers)) {
                out.printf("Generating %,d customers (seed %d)%n", customers, seed);
                data.generate(seed, customers, out);
            }
            var upgraded = data.upgradeRules();
            if (upgraded > 0) {
                out.printf("%d rules rewritten in the application's rule format%n", upgraded);
            }
            out.printf("Database ready in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, jdbc.sql("""
                    select version() || ', collation ' || datcollate || ', shared_buffers '
                           || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')
                    from pg_database where datname = current_database()""").query(String.class).single());
            out.println();
            out.println("| table | rows |");
            out.println("|---|--:|");
            data.sizes().forEach((table, rows) -> out.printf("| %s | %,d |%n", table, rows));

            var reps = sample(data.users("rep"), repCount);
            var supervisors = new ArrayList<CurrentUser>();
            var kinds = new LinkedHashMap<CurrentUser, String>();
            supervisors.addAll(label(sample(data.users("supervisor-national"), 1), "national", kinds));
            supervisors.addAll(label(pick(data.users("supervisor-region"), 0, 7, 10), "region", kinds));
            supervisors.addAll(label(pick(data.users("supervisor-department"), 0, 20, 40, 60), "department", kinds));
            reps.forEach(rep -> kinds.put(rep, "rep"));

            var admin = data.users("admin").get(0);
            var contextStart = System.nanoTime();
            var application = plansOnly ? null : BenchApplication.start(database.url());
            if (reevaluationOnly) {
                try (application) {
                    reevaluate(database, application.getBean(TerritoryManagement.class), admin, reevaluations);
                    changeRules(jdbc, application.getBean(TerritoryManagement.class), admin);
                }
                out.printf("load average at the end %s%n", loadAverage());
                return;
            }
            if (!plansOnly) {
                out.printf("Application started on the benchmark database in %.1f s%n", (System.nanoTime() - contextStart) / 1e9);
                var measurement = new GroupMeasurement(application.getBean(CustomerManagement.class), admin, jdbc, out);
                var supervisorRounds = (rounds * reps.size() + supervisors.size() - 1) / supervisors.size();
                var calls = List.of(ListCall.values());
                var results = List.of(
                        measurement.measure("reps", reps, kinds, calls, 1, rounds),
                        measurement.measure("supervisors", supervisors, kinds, calls, 3, supervisorRounds));
                results.forEach(this::report);
                breakdown(results.get(1), List.of("national", "region", "department"));
                try (application) {
                    reevaluate(database, application.getBean(TerritoryManagement.class), admin, reevaluations);
                }
            }
            var representatives = new LinkedHashMap<String, CurrentUser>();
            representatives.put("without predicate (admin)", null);
            representatives.put("rep " + reps.get(0).email(), reps.get(0));
            for (var index : new int[] { 4, 1, 0 }) {
                var supervisor = supervisors.get(index);
                representatives.put(kinds.get(supervisor) + " supervisor " + supervisor.email(), supervisor);
            }
            try {
                QueryPlans.write(database.dataSource(), representatives, dir.resolve("plans.txt"));
                out.printf("%nQuery plans written to %s%n", dir.resolve("plans.txt"));
            } catch (RuntimeException e) {
                out.printf("%nQuery plans failed: %s (cause: %s)%n", e, e.getCause());
            }
        }
        out.printf("load average at the end %s%n", loadAverage());
    }

    private void report(GroupMeasurement.Result result) {
        var visible = result.visible().stream().sorted().toList();
        out.printf("%n%s: %d users, %d runs per query and side; visible customers min %,d / median %,d / max %,d%n%n",
                result.group(), result.users().size(), result.timings().count(GroupMeasurement.WITH + "|PAGE"),
                visible.get(0), visible.get(visible.size() / 2), visible.get(visible.size() - 1));
        out.println("| call | as the user: median ms | p95 ms | as an admin: median ms | p95 ms | ratio median | ratio p95 | goal |");
        out.println("|---|--:|--:|--:|--:|--:|--:|---|");
        var t = result.timings();
        for (var query : result.queries()) {
            var with = GroupMeasurement.WITH + "|" + query;
            var without = GroupMeasurement.WITHOUT + "|" + query;
            var ratioMedian = t.medianMillis(with) / t.medianMillis(without);
            var ratioP95 = t.p95Millis(with) / t.p95Millis(without);
            var met = t.p95Millis(with) < GOAL_P95_MILLIS && ratioP95 <= GOAL_RATIO;
            out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %s |%n", query.label(), t.medianMillis(with),
                    t.p95Millis(with), t.medianMillis(without), t.p95Millis(without), ratioMedian, ratioP95,
                    met ? "met" : "NOT met");
        }
    }

    private void breakdown(GroupMeasurement.Result result, List<String> kinds) {
        out.printf("%n%s by kind, with the rule (median / p95 ms; visible customers):%n%n", result.group());
        out.println("| kind | users | visible | " + String.join(" | ",
                result.queries().stream().map(ListCall::label).toList()) + " |");
        out.println("|---|--:|--:|" + "--:|".repeat(result.queries().size()));
        for (var kind : kinds) {
            var users = IntStream.range(0, result.users().size())
                    .filter(i -> kind.equals(result.kinds().get(result.users().get(i)))).boxed().toList();
            var visible = users.stream().map(i -> String.format("%,d", result.visible().get(i))).toList();
            var cells = new StringBuilder();
            for (var query : result.queries()) {
                var key = kind + "|" + GroupMeasurement.WITH + "|" + query;
                cells.append(String.format(" %.1f / %.1f |", result.timings().medianMillis(key),
                        result.timings().p95Millis(key)));
            }
            out.printf("| %s | %d | %s |%s%n", kind, users.size(), String.join(", ", visible), cells);
        }
    }

    /**
     * Times {@link TerritoryManagement#reevaluateAll}, one transaction per call. The first call finds the
     * assignments as the generator left them (it only writes differences); each later one starts from no rule
     * assignment at all (removed beforehand, untimed), i.e. assigns every customer by rule.
     */
    private void reevaluate(BenchDatabase database, TerritoryManagement territories, CurrentUser admin, int times) {
        out.printf("%nFull re-evaluation of the territory rules (TerritoryManagement.reevaluateAll, one transaction each):%n%n");
        out.println("| run | starting from | territories | RULE rows added | RULE rows removed | seconds |");
        out.println("|--:|---|--:|--:|--:|--:|");
        var jdbc = JdbcClient.create(database.dataSource());
        for (int i = 1; i <= times; i++) {
            var from = "the generated assignments";
            if (i > 1) {
                jdbc.sql("delete from territory_customers where source = 'RULE'").update();
                jdbc.sql("vacuum (analyze) territory_customers").update();
                from = "no rule assignment";
            }
            var start = System.nanoTime();
            var result = territories.reevaluateAll(admin);
            out.printf("| %d | %s | %d | %,d | %,d | %.1f |%n", i, from, result.territories(), result.added(),
                    result.removed(), (System.nanoTime() - start) / 1e9);
        }
        jdbc.sql("vacuum (analyze) territory_customers").update();
    }

    /**
     * Times {@link TerritoryManagement#changeRule}, which re-evaluates the territory's subtree: a sector given one
     * more postal code prefix (a neighbour's) and given back its rule; a region (a folder) given the two-digit
     * prefixes of its sectors and given back no rule.
     */
    private void changeRules(JdbcClient jdbc, TerritoryManagement territories, CurrentUser admin) {
        out.printf("%nRule changes (TerritoryManagement.changeRule, one transaction each, subtree re-evaluated):%n%n");
        out.println("| change | customers entering | leaving | seconds |");
        out.println("|---|--:|--:|--:|");
        var sector = jdbc.sql("select id from territories where external_id like 'BENCH-T-%' and rule is not null"
                + " order by external_id limit 1").query(UUID.class).single();
        var sectorRule = jdbc.sql("select rule::text from territories where id = :id").param("id", sector)
                .query(String.class).single();
        var wider = jdbc.sql("""
                select jsonb_set(rule, '{all,0,value}', (rule #> '{all,0,value}') || to_jsonb(
                    (select v from territories n, jsonb_array_elements_text(n.rule #> '{all,0,value}') v
                     where n.parent_id = t.parent_id and n.id <> t.id limit 1)))::text
                from territories t where id = :id""").param("id", sector).query(String.class).single();
        var region = jdbc.sql("select id from territories where external_id like 'BENCH-T-%' and parent_id = "
                + "(select id from territories where parent_id is null and external_id like 'BENCH-T-%') order by external_id limit 1")
                .query(UUID.class).single();
        var regionRule = jdbc.sql("""
                select jsonb_build_object('all', jsonb_build_array(jsonb_build_object('field', 'postalCode',
                    'op', 'startsWith', 'value', jsonb_agg(distinct left(v, 2)))))::text
                from territory_paths p join territories s on s.id = p.descendant_id,
                     jsonb_array_elements_text(s.rule #> '{all,0,value}') v
                where p.ancestor_id = :id and s.rule is not null""").param("id", region).query(String.class).single();
        changeRule(territories, admin, "sector: one more prefix", sector, wider);
        changeRule(territories, admin, "sector: its rule back", sector, sectorRule);
        changeRule(territories, admin, "region: its sectors' two-digit prefixes", region, regionRule);
        changeRule(territories, admin, "region: no rule again", region, null);
    }

    private void changeRule(TerritoryManagement territories, CurrentUser admin, String label, UUID id, String rule) {
        var start = System.nanoTime();
        var change = territories.changeRule(admin, new TerritoryId(id), rule, null);
        out.printf("| %s | %,d | %,d | %.1f |%n", label, change.entering(), change.leaving(), (System.nanoTime() - start) / 1e9);
    }

    private static List<CurrentUser> sample(List<CurrentUser> users, int count) {
        var step = Math.max(1, users.size() / count);
        return IntStream.range(0, Math.min(count, users.size())).mapToObj(i -> users.get(i * step)).toList();
    }

    private static List<CurrentUser> pick(List<CurrentUser> users, int... indexes) {
        return IntStream.of(indexes).mapToObj(users::get).toList();
    }

    private static List<CurrentUser> label(List<CurrentUser> users, String kind, Map<CurrentUser, String> kinds) {
        users.forEach(user -> kinds.put(user, kind));
        return users;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

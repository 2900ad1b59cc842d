package dev.terrain.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import dev.terrain.territory.internal.VisibilityForBenchmarks;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times every {@link CustomerQuery} for a group of users, each run with the user's visibility predicate next
 * to the same query without it. Users take turns within a round, and the order of the pair alternates, so
 * that a burst of load on the shared machine hits both sides alike.
 */
final class GroupMeasurement {

    static final String WITH = "with";
    static final String WITHOUT = "without";

    private final JdbcClient jdbc;
    private final PrintStream log;

    GroupMeasurement(JdbcClient jdbc, PrintStream log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /** What was measured for one group. */
    record Result(String group, List<CurrentUser> users, Map<CurrentUser, String> kinds, List<CustomerQuery> queries,
            Timings timings, List<Long> visible) {
    }

    /**
     * @param kinds  a label per user (for a breakdown by kind of supervisor)
     * @param rounds timed rounds; every query runs {@code rounds * users.size()} times on each side
     */
    Result measure(String group, List<CurrentUser> users, Map<CurrentUser, String> kinds,
            List<CustomerQuery> queries, int warmUpRounds, int rounds) {
        var timings = new Timings();
        var start = System.nanoTime();
        for (int round = 0; round < warmUpRounds; round++) {
            runRound(users, kinds, queries, round, null);
        }
        log.printf("  %s: warm-up (%d rounds) %.1f s%n", group, warmUpRounds, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            runRound(users, kinds, queries, round, timings);
            if ((round + 1) % Math.max(1, rounds / 5) == 0) {
                log.printf("  %s: %d/%d rounds, %.1f s%n", group, round + 1, rounds, (System.nanoTime() - start) / 1e9);
            }
        }
        var visible = new ArrayList<Long>();
        for (var user : users) {
            // not timed; the set plan counts a wide user's customers in seconds, not minutes
            visible.add(CustomerQuery.COUNT.run(jdbc, VisibilityForBenchmarks.visibleToAsSet(user, "c"), null));
        }
        return new Result(group, users, kinds, queries, timings, visible);
    }

    private void runRound(List<CurrentUser> users, Map<CurrentUser, String> kinds, List<CustomerQuery> queries,
            int round, Timings timings) {
        for (int u = 0; u < users.size(); u++) {
            var user = users.get(u);
            var predicate = VisibilityForBenchmarks.visibleTo(user, "c");
            var term = CustomerQuery.SEARCH_TERMS[(round * users.size() + u) % CustomerQuery.SEARCH_TERMS.length];
            for (var query : queries) {
                boolean withFirst = (round + u) % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean with = (side == 0) == withFirst;
                    var nanos = time(query, with ? predicate : CustomerVisibility.Predicate.always(), term);
                    if (timings != null) {
                        var key = (with ? WITH : WITHOUT) + "|" + query;
                        timings.add(key, nanos);
                        if (with) {
                            timings.add(kinds.get(user) + "|" + key, nanos);
                        }
                    }
                }
            }
        }
    }

    private long time(CustomerQuery query, CustomerVisibility.Predicate predicate, String term) {
        var start = System.nanoTime();
        query.run(jdbc, predicate, term);
        return System.nanoTime() - start;
    }
}

package dev.terrain.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.terrain.customer.CustomerManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.territory.internal.VisibilityForBenchmarks;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times every {@link ListCall} for a group of users, each made as the user (the visibility rule applies) next
 * to the same call made as an admin (no predicate). Users take turns within a round, and the order of the pair alternates, so
 * that a burst of load on the shared machine hits both sides alike.
 */
final class GroupMeasurement {

    static final String WITH = "with";
    static final String WITHOUT = "without";

    private final CustomerManagement customers;
    private final CurrentUser admin;
    private final JdbcClient jdbc;
    private final PrintStream log;

    GroupMeasurement(CustomerManagement customers, CurrentUser admin, JdbcClient jdbc, PrintStream log) {
        this.customers = customers;
        this.admin = admin;
        this.jdbc = jdbc;
        this.log = log;
    }

    /** What was measured for one group. */
    record Result(String group, List<CurrentUser> users, Map<CurrentUser, String> kinds, List<ListCall> queries,
            Timings timings, List<Long> visible) {
    }

    /**
     * @param kinds  a label per user (for a breakdown by kind of supervisor)
     * @param rounds timed rounds; every query runs {@code rounds * users.size()} times on each side
     */
    Result measure(String group, List<CurrentUser> users, Map<CurrentUser, String> kinds,
            List<ListCall> queries, int warmUpRounds, int rounds) {
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
            visible.add(CustomerQuery.COUNT.run(jdbc, VisibilityForBenchmarks.scopeOf(user, "c"), null)); // not timed
        }
        return new Result(group, users, kinds, queries, timings, visible);
    }

    private void runRound(List<CurrentUser> users, Map<CurrentUser, String> kinds, List<ListCall> queries,
            int round, Timings timings) {
        for (int u = 0; u < users.size(); u++) {
            var user = users.get(u);
            var term = CustomerQuery.SEARCH_TERMS[(round * users.size() + u) % CustomerQuery.SEARCH_TERMS.length];
            for (var query : queries) {
                boolean withFirst = (round + u) % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean with = (side == 0) == withFirst;
                    var nanos = time(query, with ? user : admin, term);
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

    private long time(ListCall call, CurrentUser reader, String term) {
        var start = System.nanoTime();
        call.run(customers, reader, term);
        return System.nanoTime() - start;
    }
}

package dev.terrain.planner.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a benchmark solution on its own, with the arithmetic of the DIMACS VRPTW controller: every arc
 * truncated to one decimal and used both as length and as travel time, the vehicle leaves the depot at
 * the depot's ready time, waits when early, must start service no later than the due date, and must be
 * back at the depot by the depot's due date. Times are compared with a tolerance of 1e-6.
 *
 * <p>It uses only the {@link Instance} from the readers, never the planner's model or evaluation, so it
 * catches mistakes both in the engine and in the adapter that feeds it.
 */
public final class SolutionChecker {

    static final double TOLERANCE = 1e-6;

    private SolutionChecker() {
    }

    /**
     * Checks routes given as customer numbers in visiting order (the depot is implied at both ends).
     * Empty routes are allowed and do not count as vehicles.
     */
    public static Verdict check(Instance instance, List<List<Integer>> routes) {
        List<Violation> violations = new ArrayList<>();
        int customers = instance.customers();
        int[] visits = new int[customers + 1];
        double distance = 0;
        double score = 0;
        int used = 0;
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            used++;
            distance += checkRoute(instance, r, route, visits, violations);
            for (int c : route) {
                if (c >= 1 && c <= customers) {
                    score += instance.sites().get(c).score();
                }
            }
        }
        if (used > instance.vehicles()) {
            violations.add(new Violation(Violation.Type.TOO_MANY_ROUTES,
                    used + " routes but at most " + instance.vehicles() + " are allowed"));
        }
        int served = 0;
        for (int c = 1; c <= customers; c++) {
            if (visits[c] > 0) {
                served++;
            }
            if (visits[c] > 1) {
                violations.add(new Violation(Violation.Type.DUPLICATE, "customer " + c + " is served " + visits[c] + " times"));
            } else if (visits[c] == 0 && instance.kind() == Instance.Kind.VRPTW) {
                violations.add(new Violation(Violation.Type.MISSING, "customer " + c + " is not served"));
            }
        }
        return new Verdict(used, distance, score, served, violations);
    }

    /** Walks one route, counts its visits, records its violations and returns its length. */
    private static double checkRoute(Instance instance, int r, List<Integer> route, int[] visits,
                                     List<Violation> violations) {
        Site depot = instance.depot();
        double time = depot.ready();
        double length = 0;
        double load = 0;
        int at = 0;
        for (int c : route) {
            if (c < 1 || c > instance.customers()) {
                violations.add(new Violation(Violation.Type.UNKNOWN_CUSTOMER, "route " + r + " names " + c
                        + ", which is not a customer (1.." + instance.customers() + ")"));
                continue;
            }
            visits[c]++;
            Site site = instance.sites().get(c);
            double arc = instance.arc(at, c);
            length += arc;
            double start = Math.max(time + arc, site.ready());
            if (start > site.due() + TOLERANCE) {
                violations.add(new Violation(Violation.Type.TIME_WINDOW, "route " + r + " starts customer " + c
                        + " at " + round(start) + ", after its due date " + round(site.due())));
            }
            time = start + site.service();
            load += site.demand();
            at = c;
        }
        double back = instance.arc(at, 0);
        length += back;
        time += back;
        if (time > depot.due() + TOLERANCE) {
            violations.add(new Violation(Violation.Type.LATE_RETURN, "route " + r + " returns at " + round(time)
                    + ", after the depot closes at " + round(depot.due())));
        }
        if (load > instance.capacity() + TOLERANCE) {
            violations.add(new Violation(Violation.Type.CAPACITY, "route " + r + " carries " + round(load)
                    + ", more than the capacity " + round(instance.capacity())));
        }
        return length;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}

package dev.terrain.planner.internal;

/**
 * A set of routes (one per resource day), the visits left out, and the score parts. Tracks which
 * routes changed so that copying between the current and the candidate solution stays cheap.
 */
final class Solution {

    final Model m;
    final Route[] routes;
    /** Route of each visit, or -1 when unplanned. */
    final int[] routeOf;
    final boolean[] changed;

    int hard;
    double value;
    double cost;
    int nights;
    boolean valid = true;

    Solution(Model m) {
        this.m = m;
        routes = new Route[m.routes.length];
        for (int r = 0; r < routes.length; r++) {
            routes[r] = new Route(m, r);
        }
        routeOf = new int[m.visits];
        java.util.Arrays.fill(routeOf, -1);
        changed = new boolean[routes.length];
        for (boolean mandatory : m.mandatory) {
            hard += mandatory ? 1 : 0;
        }
    }

    /** Cost-scale objective used by the annealing: lower is better. */
    double objectiveMinus(Solution other) {
        return m.hardWeight * (hard - other.hard) - m.valueWeight * (value - other.value) + (cost - other.cost);
    }

    /** Lexicographic comparison (hard, value, cost) with tolerance, or the traded objective. */
    boolean betterThan(Solution other) {
        if (hard != other.hard) {
            return hard < other.hard;
        }
        if (m.lexicographic) {
            if (Math.abs(value - other.value) > 1e-7) {
                return value > other.value;
            }
            return cost < other.cost - 1e-7;
        }
        return objectiveMinus(other) < -1e-7;
    }

    void insert(int v, int r, int k, DaySimulator sim) {
        place(v, r, k);
        refresh(r, sim);
    }

    /** Puts a visit in without refreshing its route (call {@link #refresh} afterwards), like {@link #unplan}. */
    void place(int v, int r, int k) {
        routes[r].insert(v, k);
        routeOf[v] = r;
        value += m.value[v];
        if (m.mandatory[v]) {
            hard--;
        }
        changed[r] = true;
    }

    /** Takes a visit out without refreshing its route (call {@link #refresh} afterwards). */
    void unplan(int v) {
        int r = routeOf[v];
        Route route = routes[r];
        route.removeAt(route.indexOf(v));
        routeOf[v] = -1;
        value -= m.value[v];
        if (m.mandatory[v]) {
            hard++;
        }
        changed[r] = true;
    }

    /**
     * Rebuilds a route after a change and keeps the next day's start in step with a night away. A night
     * stays asked for even when the route loses the visits that justify it; the route is then infeasible
     * until insertions repair it (or the solution is rejected). The next day is rebuilt only when its start
     * moves: whoever takes visits out of a day refreshes that day itself.
     */
    void refresh(int r, DaySimulator sim) {
        rebuild(r, sim);
        int next = routes[r].s.next;
        if (next >= 0) {
            int wanted = routes[r].night ? routes[r].lastPlace() : m.routes[next].startPlace;
            if (routes[next].startPlace != wanted) {
                routes[next].startPlace = wanted;
                rebuild(next, sim);
            }
        }
    }

    private void rebuild(int r, DaySimulator sim) {
        routes[r].rebuild(sim);
        changed[r] = true;
    }

    /** The cost other than the nights' price: driving time and distance, and overtime. */
    double costBesideNights() {
        return cost - nights * m.nightCost;
    }

    /** Recomputes cost, nights and validity from the routes. */
    void totals() {
        double c = 0;
        int n = 0;
        boolean ok = true;
        for (Route route : routes) {
            c += route.cost;
            ok &= route.feasible;
            if (route.night) {
                n++;
            }
        }
        nights = n;
        cost = c + n * m.nightCost;
        valid = ok;
    }

    /** Copies the routes marked changed in either solution, then clears the marks. */
    void syncFrom(Solution o) {
        for (int r = 0; r < routes.length; r++) {
            if (changed[r] || o.changed[r]) {
                routes[r].copyFrom(o.routes[r]);
            }
            changed[r] = false;
            o.changed[r] = false;
        }
        copyScalars(o);
    }

    void copyFrom(Solution o) {
        for (int r = 0; r < routes.length; r++) {
            routes[r].copyFrom(o.routes[r]);
            changed[r] = false;
        }
        copyScalars(o);
    }

    private void copyScalars(Solution o) {
        System.arraycopy(o.routeOf, 0, routeOf, 0, routeOf.length);
        hard = o.hard;
        value = o.value;
        cost = o.cost;
        nights = o.nights;
        valid = o.valid;
    }
}

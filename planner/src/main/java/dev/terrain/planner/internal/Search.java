package dev.terrain.planner.internal;

/**
 * One ruin-and-recreate search with simulated-annealing acceptance: a candidate replaces the current
 * solution when {@code f(candidate) < f(current) - T ln U}. Holds the current, candidate and best solutions.
 */
final class Search {

    private static final double BLINK = 0.01;
    private static final double NIGHT_FLIP = 0.1;

    final Model m;
    final Solution current;
    final Solution candidate;
    final Solution best;
    private final Rng rng;
    private final DaySimulator sim;
    final Recreate recreate;
    private final Ruin ruin;
    private final InsertionOrder order;
    private final Nights nights;
    private final int[] absent;
    private final double averageRemoved;
    private double valueScale = 1;
    private double costScale = 1;

    Search(Model m, long seed, double averageRemoved) {
        this.m = m;
        this.rng = new Rng(seed);
        this.sim = new DaySimulator(m);
        this.recreate = new Recreate(m, sim);
        this.ruin = new Ruin(m);
        this.order = new InsertionOrder(m);
        this.nights = new Nights(m, sim);
        this.current = new Solution(m);
        this.candidate = new Solution(m);
        this.best = new Solution(m);
        this.absent = new int[m.visits];
        this.averageRemoved = averageRemoved;
    }

    /** Builds the first solution greedily (no blinks). */
    void construct() {
        for (int r = 0; r < current.routes.length; r++) {
            current.refresh(r, sim);
        }
        int count = collectAbsent(current);
        order.sort(absent, count, rng);
        recreate.insertAll(current, absent, count, rng, 0);
        nights.improve(current);
        current.totals();
        best.copyFrom(current);
        candidate.copyFrom(current);
        measureScales();
    }

    /** One ruin-and-recreate step at the given temperature (relative to the problem's scales); returns true when the best solution improved. */
    boolean step(double temperature) {
        boolean flipped = nights.any && rng.nextDouble() < NIGHT_FLIP && nights.flipRandom(candidate, rng);
        ruin.ruin(candidate, rng, averageRemoved, absent, sim);
        int count = collectAbsent(candidate);
        order.sort(absent, count, rng);
        recreate.insertAll(candidate, absent, count, rng, BLINK);
        if (!flipped) {
            nights.improve(candidate);
        }
        candidate.totals();
        double noise = -temperature * Math.log(1 - rng.nextDouble());
        if (candidate.valid && accepts(noise)) {
            current.syncFrom(candidate);
            if (current.betterThan(best)) {
                best.copyFrom(current);
                return true;
            }
        } else {
            candidate.syncFrom(current);
        }
        return false;
    }

    /**
     * Annealing on two scales when value comes first: a change of value is judged against the typical
     * value of a visit, a change of cost alone against the typical cost of an arc.
     */
    private boolean accepts(double noise) {
        if (candidate.hard != current.hard) {
            return candidate.hard < current.hard;
        }
        double valueChange = candidate.value - current.value;
        if (m.lexicographic && Math.abs(valueChange) > 1e-7) {
            return -valueChange < noise * valueScale;
        }
        double change = m.lexicographic ? candidate.cost - current.cost : candidate.objectiveMinus(current);
        return change < noise * costScale;
    }

    /** Replaces the current solution (e.g. by a better one found by another thread). */
    void adopt(Solution other) {
        current.copyFrom(other);
        candidate.copyFrom(other);
        if (current.betterThan(best)) {
            best.copyFrom(current);
        }
    }

    /**
     * Final polish of the best solution: put back whatever still fits and pays, without blinks, then
     * move single visits to cheaper places (see {@link #relocate}).
     */
    void fill() {
        int count = collectAbsent(best);
        order.sort(absent, count, rng);
        recreate.insertAll(best, absent, count, rng, 0);
        nights.improve(best);
        best.totals();
        relocate(best, MAX_RELOCATE_PASSES);
    }

    private static final int MAX_RELOCATE_PASSES = 5;

    /**
     * Takes each planned visit out in turn and puts it back at its cheapest position over all routes;
     * keeps the move when the solution stays valid, keeps its value and costs less. Value never changes
     * (the visit stays planned), so on a short search this lowers the cost the annealing had no time for.
     * Uses {@code current} as the undo copy.
     */
    private void relocate(Solution s, int passes) {
        for (int pass = 0; pass < passes; pass++) {
            boolean improved = false;
            for (int v = 0; v < m.visits; v++) {
                int r = s.routeOf[v];
                if (r < 0) {
                    continue;
                }
                current.copyFrom(s);
                double before = s.cost;
                s.unplan(v);
                s.refresh(r, sim);
                recreate.findBest(s, v, rng, 0);
                if (recreate.bestRoute >= 0) {
                    s.insert(v, recreate.bestRoute, recreate.bestPos, sim);
                    nights.improve(s);
                    s.totals();
                }
                boolean better = recreate.bestRoute >= 0 && s.valid && s.hard == current.hard
                        && Math.abs(s.value - current.value) <= 1e-7 && s.cost < before - 1e-7;
                if (better) {
                    improved = true;
                } else {
                    s.copyFrom(current);
                }
            }
            if (!improved) {
                break;
            }
        }
        current.copyFrom(s);
        candidate.copyFrom(s);
    }

    private int collectAbsent(Solution s) {
        int count = 0;
        for (int v = 0; v < m.visits; v++) {
            if (s.routeOf[v] < 0) {
                absent[count++] = v;
            }
        }
        return count;
    }

    /** Typical value of a visit and typical cost of an arc in the first solution: the annealing's units. */
    private void measureScales() {
        double valueSum = 0;
        int valued = 0;
        for (int v = 0; v < m.visits; v++) {
            if (!m.mandatory[v] && m.value[v] > 0) {
                valueSum += m.value[v];
                valued++;
            }
        }
        valueScale = valued > 0 ? valueSum / valued : 1;
        int arcs = 0;
        for (Route route : best.routes) {
            arcs += route.len > 0 ? route.len + 1 : 0;
        }
        double perArc = arcs == 0 ? 1 : best.cost / arcs;
        costScale = perArc > 0 ? perArc : 1;
    }
}

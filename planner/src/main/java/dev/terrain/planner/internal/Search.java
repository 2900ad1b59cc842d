package dev.terrain.planner.internal;

/**
 * One ruin-and-recreate search with simulated-annealing acceptance: a candidate replaces the current
 * solution when {@code f(candidate) < f(current) - T ln U}. Holds the current, candidate and best solutions.
 */
final class Search {

    private static final double BLINK = 0.01;
    private static final double NIGHT_FLIP = 0.1;
    /**
     * How many nearest neighbours of each removed visit are offered back when absent. Far absent visits
     * could only use time freed far from them, so skipping them halves an iteration on the rep's week at no
     * cost in quality per iteration (docs/benchmarks.md); problems that must plan every visit are unchanged.
     */
    static final int NEAR_ABSENT = 30;
    /**
     * Share of the other absent visits offered as well, at random, so that a search whose removals never come
     * near a cluster of absent visits (a TOPTW instance stuck on its first region) still tries them.
     */
    static final double FAR_ABSENT_SHARE = 0.05;
    /** Random picks {@link #offerFarAway} makes to find an absent visit far enough for a night. */
    private static final int FAR_PICKS = 32;
    /** Share of steps that exchange two days of a resource instead of a night switch (see {@link #exchangeDays}). */
    private static final double DAY_EXCHANGE = 0.1;
    /** Temperature above which a step that changes the nights is credited with the drive it saves ({@link #judgedValueChange}). */
    static final double NIGHTS_CREDITED_ABOVE = 0.2;

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
    /** Per visit, the step that last offered it to recreate (see {@link #collectOffered}). */
    private final long[] offered;
    private long steps;
    private int[] held = new int[0];
    private final double averageRemoved;
    private double valueScale = 1;
    private double costScale = 1;
    /** Length of all the days' shifts less their breaks, in seconds (see {@link #exchangeRate}). */
    private final double shiftSeconds;
    /** The routes of the accepted plans, when the problem chooses visits for their value (see {@link #recombine}). */
    final RoutePool pool;

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
        this.offered = new long[m.visits];
        this.averageRemoved = averageRemoved;
        double shift = 0;
        for (RouteSpec spec : m.routes) {
            shift += spec.shiftEnd - spec.shiftStart;
            for (double duration : spec.breakDuration) {
                shift -= duration;
            }
        }
        this.shiftSeconds = shift;
        this.pool = m.choosesByValue() ? new RoutePool(m) : null;
    }

    /** Whether some day of the problem may end with a night away. */
    boolean nightsAllowed() {
        return nights.any;
    }

    /** Builds the first solution greedily (no blinks). */
    void construct() {
        construct(null);
    }

    /**
     * Builds the first solution: from the starting plan when there is one (see {@link #fitStartingPlan}), then
     * greedily (no blinks) with what is left out.
     */
    void construct(StartingPlan start) {
        if (start != null) {
            for (int r = 0; r < current.routes.length; r++) {
                current.routes[r].night = start.night[r];
                for (int v : start.visits[r]) {
                    current.place(v, r, current.routes[r].len);
                }
            }
        }
        for (int r = 0; r < current.routes.length; r++) {
            current.refresh(r, sim);
        }
        if (start != null) {
            fitStartingPlan();
        } else {
            insertAbsent(current);
        }
        nights.improve(current);
        current.totals();
        best.copyFrom(current);
        candidate.copyFrom(current);
        if (pool != null) {
            for (Route route : current.routes) {
                pool.record(route);
            }
        }
        measureScales();
    }

    /** One step with ruins of the search's average size (see {@link #step(double, double)}). */
    boolean step(double temperature) {
        return step(temperature, averageRemoved);
    }

    /**
     * One ruin-and-recreate step at the given temperature (relative to the problem's scales), its ruin taking
     * {@code removed} visits on average; returns true when the best solution improved.
     */
    boolean step(double temperature, double removed) {
        boolean flipped = nights.any && rng.nextDouble() < NIGHT_FLIP && nights.flipRandom(candidate, rng);
        if (!flipped && rng.nextDouble() < DAY_EXCHANGE) {
            exchangeDays(candidate);
        }
        ruin.ruin(candidate, rng, removed, absent, sim);
        int count = collectOffered(candidate, absent);
        if (flipped && nights.opened >= 0) {
            count = offerFarAway(candidate, nights.opened, absent, count);
        }
        order.sort(absent, count, rng);
        recreate.insertAll(candidate, absent, count, rng, BLINK);
        if (!flipped) {
            nights.improve(candidate);
        }
        candidate.totals();
        double noise = -temperature * Math.log(1 - rng.nextDouble());
        if (candidate.valid && accepts(noise, temperature)) {
            recordChangedRoutes();
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

    private void recordChangedRoutes() {
        if (pool != null) {
            for (int r = 0; r < candidate.routes.length; r++) {
                if (candidate.changed[r]) {
                    pool.record(candidate.routes[r]);
                }
            }
        }
    }

    /**
     * Replaces the best plan by the best combination of the day routes accepted so far, when that is better, and
     * continues the search from it; returns whether it did. Only for problems that choose visits for their value
     * (see {@link RoutePool}); for others it does nothing.
     */
    boolean recombine() {
        if (pool == null || !pool.recombine(best, sim)) {
            return false;
        }
        current.copyFrom(best);
        candidate.copyFrom(best);
        return true;
    }

    /**
     * Annealing on two scales when value comes first: a change of value is judged against the typical
     * value of a visit, a change of cost alone against the typical cost of an arc. While the search is warm,
     * a step that changes the nights is judged on its value plus the drive it saves (see {@link #judgedValueChange}).
     */
    boolean accepts(double noise, double temperature) {
        if (candidate.hard != current.hard) {
            return candidate.hard < current.hard;
        }
        double valueChange = candidate.value - current.value;
        if (m.lexicographic && Math.abs(valueChange) > 1e-7) {
            double judged = temperature > NIGHTS_CREDITED_ABOVE ? judgedValueChange() : valueChange;
            return -judged < noise * valueScale;
        }
        double change = m.lexicographic ? candidate.cost - current.cost : candidate.objectiveMinus(current);
        return change < noise * costScale;
    }

    /**
     * The candidate's change of value as the warm search judges it. A step that changes the nights away moves
     * the plan's driving at once (a night added spares the evening home and the morning out), but the visits
     * that driving could hold come or go only over later steps: a night added first loses the visits of the
     * days around it. Such a step is therefore judged on its value plus the cost it saves besides the nights'
     * price (mostly driving; less the cost it adds), priced at {@link #exchangeRate}, so that the warm search
     * tries other nights instead of keeping the first ones it found. Other steps are judged on their value
     * alone. On week 3 of the benchmarks, whose best plans hold a three-day trip the search seldom found
     * before, this raised the value of 60 s plans by 23 (0.9 %) and of 45,000 iterations by about 13 (48
     * seeds); week 1 lost about 7 at 45,000 iterations (64 seeds), week 2 nothing (docs/benchmarks.md, the
     * rep's week).
     */
    double judgedValueChange() {
        double valueChange = candidate.value - current.value;
        if (!nights.any || !nightsDiffer(current, candidate)) {
            return valueChange;
        }
        double saved = current.costBesideNights() - candidate.costBesideNights();
        return valueChange + exchangeRate() * saved;
    }

    /** Whether some day ends away in one solution and at home in the other. */
    static boolean nightsDiffer(Solution a, Solution b) {
        for (int r = 0; r < a.routes.length; r++) {
            if (a.routes[r].night != b.routes[r].night) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a unit of cost is worth in value: the value the best plan earns per second of its days' shifts
     * (breaks left out), over its cost besides the nights' price per second of driving. It grows with the
     * best plan: about 0.3 for the first plan of a benchmark week, about 0.9 for a good one.
     */
    double exchangeRate() {
        double drive = 0;
        for (Route route : best.routes) {
            drive += route.drive;
        }
        double driveCost = best.costBesideNights();
        return drive > 0 && driveCost > 0 && shiftSeconds > 0 ? (best.value / shiftSeconds) / (driveCost / drive) : 0;
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
     * Makes the starting plan fit the problem as it is now, in day order (a day after a night away starts where the
     * night was spent). A day that no longer fits drops its last visits until it does. A night that no longer ends far
     * enough from home (its last visit cancelled, say) is first left to the greedy insertion, which may end the day
     * at another far visit; if none does, the night is spent at home, the days that then no longer fit drop their
     * last visits, and the insertion runs again.
     */
    private void fitStartingPlan() {
        for (Route route : current.routes) {
            while (!route.feasible && !route.nightTooNear && route.len > 0) {
                current.unplan(route.seq[route.len - 1]);
                current.refresh(route.r, sim);
            }
        }
        insertAbsent(current);
        boolean homeInstead = false;
        for (Route route : current.routes) {
            if (route.nightTooNear) {
                route.night = false;
                current.refresh(route.r, sim);
                homeInstead = true;
            }
            if (!route.feasible) {
                dropUntilFeasible(current, route.r);
            }
        }
        if (homeInstead) {
            insertAbsent(current);
        }
    }

    /** Inserts every visit the solution leaves out where it fits and pays, in one of the orders, without blinks. */
    private void insertAbsent(Solution s) {
        int count = collectAbsent(s);
        order.sort(absent, count, rng);
        recreate.insertAll(s, absent, count, rng, 0);
    }

    /**
     * Final polish of the best solution: put back whatever still fits and pays, without blinks, then
     * move single visits to cheaper places (see {@link #relocate}).
     */
    void fill() {
        insertAbsent(best);
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

    /**
     * The visits recreate offers after a ruin: those this step took out (planned in the current solution,
     * absent from the candidate), the absent ones among their {@link #NEAR_ABSENT} nearest neighbours, and
     * a random {@link #FAR_ABSENT_SHARE} of the other absent ones, into {@code out}; returns how many.
     *
     * <p>The optional visits that were absent before the step are tried only on the days the step changed
     * ({@link Recreate#changedRoutesOnly}). On a day the step left as it was, such a visit was either tried
     * before and did not fit, or was never offered while the day had this content, and it seldom fits there;
     * skipping those days spares many of recreate's scans, the bulk of a step. On the rep's week, at 5 s, this
     * gave 8 to 14 % more iterations (docs/benchmarks.md). The final {@link #fill} still tries every absent
     * visit on every day; mandatory visits are always tried everywhere.
     */
    int collectOffered(Solution s, int[] out) {
        steps++;
        int count = 0;
        for (int v = 0; v < m.visits; v++) {
            if (s.routeOf[v] < 0 && current.routeOf[v] >= 0) {
                count = offer(v, out, count);
            }
        }
        int removed = count;
        for (int i = 0; i < removed; i++) {
            count = offerAbsentNear(s, out[i], out, count);
        }
        for (int u = 0; u < m.visits; u++) {
            if (s.routeOf[u] < 0 && offered[u] != steps && rng.nextDouble() < FAR_ABSENT_SHARE) {
                count = offer(u, out, count);
            }
        }
        for (int i = removed; i < count; i++) {
            recreate.changedRoutesOnly[out[i]] = !m.mandatory[out[i]];
        }
        return count;
    }

    /**
     * After a night away was asked for on a day that ends near home ({@link Nights#opened}): offers recreate
     * as well an absent visit far enough from home for a night there, picked at random (up to
     * {@link #FAR_PICKS} tries), and the absent visits among its {@link #NEAR_ABSENT} nearest, so that the day
     * can end in a far town. The visits near those the step took out seldom are. On generated weeks whose
     * plans had few nights this raised the value of 45,000 iterations by 15 to 25 (docs/benchmarks.md).
     * Appends to {@code out}; returns the new count.
     */
    int offerFarAway(Solution s, int day, int[] out, int count) {
        RouteSpec spec = m.routes[day];
        for (int tries = 0; tries < FAR_PICKS; tries++) {
            int v = rng.nextInt(m.visits);
            if (s.routeOf[v] < 0 && m.allowed(v, day) && m.dist(m.place[v], spec.endPlace) >= spec.nightMinDistance) {
                return offerAbsentNear(s, v, out, offer(v, out, count));
            }
        }
        return count;
    }

    /** Appends the absent visits among the {@link #NEAR_ABSENT} nearest of v to the visits offered. */
    private int offerAbsentNear(Solution s, int v, int[] out, int count) {
        int[] near = m.neighbours[v];
        for (int j = 0; j < Math.min(NEAR_ABSENT, near.length); j++) {
            if (s.routeOf[near[j]] < 0) {
                count = offer(near[j], out, count);
            }
        }
        return count;
    }

    /** Appends v to the visits offered in this step unless it is there already. */
    private int offer(int v, int[] out, int count) {
        if (offered[v] == steps) {
            return count;
        }
        offered[v] = steps;
        out[count] = v;
        return count + 1;
    }

    /**
     * Exchanges what two days of one resource hold, visits and night away, so that a whole trip (a far town
     * and the night there, say) can move to another day, which removing strings of visits rarely achieves.
     * Visits closed on their new day stay out, a night goes only where one is allowed, and each changed day
     * (and the day after it, which may now start elsewhere) drops its last visits until it fits again;
     * recreate then puts back what it can.
     */
    private void exchangeDays(Solution s) {
        int r1 = rng.nextInt(s.routes.length);
        int r2 = rng.nextInt(s.routes.length);
        if (r1 != r2 && m.routes[r1].resource == m.routes[r2].resource) {
            exchangeDays(s, r1, r2);
        }
    }

    void exchangeDays(Solution s, int r1, int r2) {
        Route a = s.routes[r1];
        Route b = s.routes[r2];
        int la = a.len;
        int lb = b.len;
        if (held.length < la + lb) {
            held = new int[2 * (la + lb)];
        }
        System.arraycopy(a.seq, 0, held, 0, la);
        System.arraycopy(b.seq, 0, held, la, lb);
        boolean nightA = a.night;
        for (int i = 0; i < la + lb; i++) {
            s.unplan(held[i]);
        }
        a.night = b.night && m.routes[r1].nightAllowed;
        b.night = nightA && m.routes[r2].nightAllowed;
        for (int i = 0; i < la + lb; i++) {
            int r = i < la ? r2 : r1;
            if (m.allowed(held[i], r)) {
                s.place(held[i], r, s.routes[r].len);
            }
        }
        s.refresh(r1, sim);
        s.refresh(r2, sim);
        for (int r : new int[] {r1, r2}) {
            dropUntilFeasible(s, r);
            if (m.routes[r].next >= 0) {
                dropUntilFeasible(s, m.routes[r].next);
            }
        }
    }

    /** Takes out the last visits of a day (and, once none is left, its night) until it fits. */
    private void dropUntilFeasible(Solution s, int day) {
        Route route = s.routes[day];
        while (!route.feasible) {
            if (route.len == 0) {
                route.night = false;
                s.refresh(day, sim);
                return;
            }
            s.unplan(route.seq[route.len - 1]);
            s.refresh(day, sim);
        }
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

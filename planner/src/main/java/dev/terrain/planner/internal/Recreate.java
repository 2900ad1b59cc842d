package dev.terrain.planner.internal;

/**
 * Greedy insertion with blinks: visits are placed one by one, each at its cheapest position over all
 * routes, while every position is skipped with a small probability. Optional visits go in only when
 * their value outweighs the extra cost.
 */
final class Recreate {

    private final Model m;
    private final DaySimulator sim;
    private final int[] scratch;
    /** Positions of a route worth trying, see {@link Route#roomyPositions}. */
    private final int[] positions;
    private final boolean[] classSeen;
    /**
     * For visit v and route r at {@code v * routes + r}: the version of that route in which no position
     * fits v (every one tried and found infeasible), so that an unchanged route is not scanned again.
     */
    private final long[] noFit;

    /**
     * Per visit: try it only on the routes the solution marks {@link Solution#changed} (see
     * {@link Search#collectOffered}, which sets it). {@link #insertAll} clears it once it has tried the
     * visit, so a mark holds for one recreate only.
     */
    final boolean[] changedRoutesOnly;

    int bestRoute;
    int bestPos;
    double bestDelta;
    /** The most promising failure seen while looking for a position (see {@link Fail}). */
    int closestFail;
    /** Check capacity last, so that failures say whether time alone would have fitted (slower). */
    boolean explain;
    /**
     * For tests: re-check the routes skipped by the no-fit memory or {@link Route#mayTake}, and the positions
     * left out by {@link Route#roomyPositions} ({@link #verified} counts them).
     */
    boolean verifyNoFit;
    long verified;

    Recreate(Model m, DaySimulator sim) {
        this.m = m;
        this.sim = sim;
        this.scratch = new int[m.visits + 2];
        this.positions = new int[m.visits + 2];
        this.classSeen = new boolean[m.routes.length + 1];
        this.noFit = new long[m.visits * m.routes.length];
        this.changedRoutesOnly = new boolean[m.visits];
    }

    /** Inserts the given visits in the given order; returns how many stayed out. Clears their {@link #changedRoutesOnly}. */
    int insertAll(Solution s, int[] visits, int count, Rng rng, double blink) {
        int left = 0;
        for (int i = 0; i < count; i++) {
            int v = visits[i];
            findBest(s, v, rng, blink);
            changedRoutesOnly[v] = false;
            if (bestRoute >= 0 && worthIt(v, bestDelta) && insert(s, v)) {
                continue;
            }
            left++;
        }
        return left;
    }

    /**
     * Inserts v at the position found. The quick test of a simulated route is lenient by {@link Reach#SLACK},
     * so an insertion it judged on the boundary may turn out infeasible: it is then undone and v stays out.
     */
    boolean insert(Solution s, int v) {
        int r = bestRoute;
        s.insert(v, r, bestPos, sim);
        if (s.routes[r].feasible) {
            return true;
        }
        s.unplan(v);
        s.refresh(r, sim);
        return false;
    }

    boolean worthIt(int v, double delta) {
        return m.mandatory[v] || m.valueWeight * m.value[v] - delta > Model.EPS;
    }

    /** Finds the cheapest feasible position of v (skipping each with probability {@code blink}). */
    void findBest(Solution s, int v, Rng rng, double blink) {
        bestRoute = -1;
        bestPos = -1;
        bestDelta = Double.POSITIVE_INFINITY;
        closestFail = Fail.CLOSED;
        java.util.Arrays.fill(classSeen, false);
        for (int r = 0; r < s.routes.length; r++) {
            if (!m.allowed(v, r) || changedRoutesOnly[v] && !s.changed[r]) {
                continue;
            }
            Route route = s.routes[r];
            if (route.len == 0 && !route.night && route.startPlace == route.s.startPlace) {
                if (classSeen[route.s.emptyClass]) {
                    continue;
                }
                classSeen[route.s.emptyClass] = true;
            }
            scan(s, route, v, rng, blink);
        }
    }

    private void scan(Solution s, Route route, int v, Rng rng, double blink) {
        int key = v * m.routes.length + route.r;
        if (!explain && (noFit[key] == route.version || !route.mayTake(v))) {
            closestFail = Math.max(closestFail, Fail.TIME);
            if (verifyNoFit) {
                verifyNoFit(route, v);
            }
            return;
        }
        boolean allTried = !explain && !route.night;
        boolean byRoom = route.reachable && !explain;
        int count = route.len + 1;
        if (byRoom) {
            count = route.roomyPositions(v, positions);
            if (count <= route.len) {
                closestFail = Math.max(closestFail, Fail.TIME);
                if (verifyNoFit) {
                    verifyRoomless(route, v, count);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            int k = byRoom ? positions[i] : i;
            if (blink > 0 && rng.nextDouble() < blink) {
                allTried = false;
                continue;
            }
            double d = route.insertDelta(v, k, sim, scratch, !explain, explain ? Double.POSITIVE_INFINITY : bestDelta);
            if (d == Double.POSITIVE_INFINITY) {
                int f = route.fail == Fail.TIME_STOP ? Fail.TIME : route.fail;
                closestFail = Math.max(closestFail, f);
                allTried &= route.fail != Fail.NONE;
                if (route.fail == Fail.TIME_STOP) {
                    break;
                }
                continue;
            }
            allTried = false;
            if (route.night && k == route.len) {
                d += nextDayDelta(s, route, v);
                if (d == Double.POSITIVE_INFINITY) {
                    closestFail = Math.max(closestFail, Fail.TIME);
                    continue;
                }
            }
            closestFail = Fail.FITS;
            if (d < bestDelta) {
                bestDelta = d;
                bestRoute = route.r;
                bestPos = k;
            }
        }
        if (allTried) {
            noFit[key] = route.version;
        }
    }

    /** For tests: re-checks the positions of a route left out by {@link Route#roomyPositions}. */
    private void verifyRoomless(Route route, int v, int count) {
        for (int k = 0; k <= route.len; k++) {
            boolean listed = false;
            for (int i = 0; i < count; i++) {
                listed |= positions[i] == k;
            }
            if (!listed && route.insertDelta(v, k, sim, scratch, true) < Double.POSITIVE_INFINITY) {
                throw new IllegalStateException("visit " + v + " fits route " + route.r + " at " + k + " though left out for want of room");
            }
        }
        verified++;
    }

    /** For tests: re-checks every position of a route the no-fit memory skips. */
    private void verifyNoFit(Route route, int v) {
        for (int k = 0; k <= route.len; k++) {
            if (route.insertDelta(v, k, sim, scratch, true) < Double.POSITIVE_INFINITY) {
                throw new IllegalStateException("visit " + v + " fits route " + route.r + " at " + k + " though remembered not to");
            }
        }
        verified++;
    }

    /** Extra cost on the following day when v becomes the last visit before a night away. */
    private double nextDayDelta(Solution s, Route route, int v) {
        Route next = s.routes[route.s.next];
        if (!sim.run(next.r, m.place[v], next.night, next.seq, next.len)) {
            return Double.POSITIVE_INFINITY;
        }
        return sim.cost - next.cost;
    }
}

package dev.terrain.planner.internal;

/**
 * One resource day in a solution: its visits in order and what it costs. Plain routes keep forward and
 * backward time-window segments so that an insertion is checked in constant time; routes with breaks,
 * several windows per visit or a night away are re-simulated instead (they are short).
 */
final class Route {

    final Model m;
    final int r;
    final RouteSpec s;

    int[] seq = new int[8];
    int len;
    int startPlace;
    boolean night;

    /**
     * A night away asked for after a day that ends too near home: the route breaks that rule alone, and
     * keeps its times (and {@link #reachable} ones) so that insertions are judged as on a feasible route.
     */
    boolean nightTooNear;
    /** Names the route's content: equal versions mean equal visits, start and night (copies keep it). */
    long version;
    boolean fast;
    boolean feasible;
    int fail;
    double load;
    double drive;
    double cost;
    double overtime;
    /** Working time (departure to return, least waiting at home). */
    double working;
    /** Total service time of the visits. */
    double service;

    /**
     * On a route that is simulated (breaks, several windows, a night away) and feasible, or infeasible by its
     * times or a night too near home only: by position and number of breaks taken, the earliest end of
     * service ({@code ready}, positions 0..len, +infinity where the day has already failed) and the latest
     * start of service that still lets the day fit ({@code latest}, positions 1..len+1, -infinity where it
     * cannot); see {@link Reach}. An insertion is then judged exactly on the new day's times, whether or
     * not the route fits now.
     */
    boolean reachable;
    /** Break counts per position in {@code ready} and {@code latest}: breaks + 1 of the day they were computed for. */
    private int width;
    private Reach reach;
    private double[] ready = new double[0];
    private double[] latest = new double[0];
    /** By position, the earliest ready time and the latest start over all break counts (see {@link #mayFit}). */
    private double[] soonest = new double[0];
    private double[] lastest = new double[0];
    /**
     * By position k: the most time there is between the end of service at k and the start at k + 1, over
     * every way of counting breaks (a break taken in between takes its duration); and the most over k.
     */
    private double[] room = new double[0];
    private double widestRoom;
    /** Positions 0..len by decreasing {@code room}. */
    private int[] byRoom = new int[0];

    /** Segment data by position in [start, visits..., end]: forward covers 0..k, backward k..len+1. */
    private double[] fD = new double[10];
    private double[] fE = new double[10];
    private double[] fL = new double[10];
    private double[] bD = new double[10];
    private double[] bE = new double[10];
    private double[] bL = new double[10];
    private int[] pl = new int[10];
    /** Time and cost of the arc from position k to k + 1. */
    private double[] arcT = new double[10];
    private double[] arcC = new double[10];

    Route(Model m, int r) {
        this.m = m;
        this.r = r;
        this.s = m.routes[r];
        this.startPlace = s.startPlace;
    }

    void insert(int v, int k) {
        ensure(len + 1);
        System.arraycopy(seq, k, seq, k + 1, len - k);
        seq[k] = v;
        len++;
    }

    /** Removes the visit at index i (0-based among visits). */
    void removeAt(int i) {
        System.arraycopy(seq, i + 1, seq, i, len - i - 1);
        len--;
    }

    int indexOf(int v) {
        for (int i = 0; i < len; i++) {
            if (seq[i] == v) {
                return i;
            }
        }
        return -1;
    }

    int lastPlace() {
        return len == 0 ? startPlace : m.place[seq[len - 1]];
    }

    private void ensure(int visits) {
        if (seq.length < visits) {
            seq = java.util.Arrays.copyOf(seq, visits * 2);
        }
        if (fD.length < visits + 2) {
            int n = visits * 2 + 2;
            fD = new double[n];
            fE = new double[n];
            fL = new double[n];
            bD = new double[n];
            bE = new double[n];
            bL = new double[n];
            pl = new int[n];
            arcT = new double[n];
            arcC = new double[n];
        }
    }

    /** Recomputes everything after the visits changed. */
    void rebuild(DaySimulator sim) {
        ensure(len);
        version = m.nextVersion();
        fast = !night && !s.hasBreaks();
        load = 0;
        for (int i = 0; i < len; i++) {
            load += m.demand[seq[i]];
            fast &= !m.multiWindow(seq[i], s.dayIndex);
        }
        service = 0;
        for (int i = 0; i < len; i++) {
            service += m.service[seq[i]];
        }
        reachable = false;
        nightTooNear = false;
        if (!fast) {
            feasible = sim.run(r, startPlace, night, seq, len);
            fail = sim.fail;
            nightTooNear = fail == Fail.NIGHT && sim.runTimes(r, startPlace, night, seq, len);
            boolean timed = feasible || nightTooNear;
            drive = sim.drive;
            cost = timed ? sim.cost : arcCost();
            overtime = timed ? sim.overtime : 0;
            working = sim.working;
            if (timed || fail == Fail.TIME) {
                rebuildReach();
            }
            return;
        }
        rebuildSegments();
    }

    private void rebuildReach() {
        if (reach == null) {
            reach = new Reach(m);
        }
        int w = s.breakEarliest.length + 1;
        width = w;
        int n = (len + 2) * w;
        ensureReach(n);
        pl[0] = startPlace;
        for (int i = 0; i < len; i++) {
            pl[i + 1] = m.place[seq[i]];
        }
        pl[len + 1] = night ? lastPlace() : s.endPlace;
        for (int k = 0; k <= len; k++) {
            arcT[k] = m.time(pl[k], pl[k + 1]);
            arcC[k] = m.cost(pl[k], pl[k + 1]);
        }
        java.util.Arrays.fill(ready, 0, w, Double.POSITIVE_INFINITY);
        ready[0] = s.shiftStart;
        double[] tmp = reach.atVisit;
        for (int k = 1; k <= len; k++) {
            int v = seq[k - 1];
            reach.step(s, ready, (k - 1) * w, arcT[k - 1], v, tmp);
            for (int j = 0; j < w; j++) {
                ready[k * w + j] = tmp[j] + m.service[v];
            }
        }
        Reach.endOfDay(s, latest, (len + 1) * w);
        for (int k = len; k >= 1; k--) {
            int v = seq[k - 1];
            reach.stepBack(s, latest, (k + 1) * w, arcT[k], k == len, tmp);
            for (int j = 0; j < w; j++) {
                latest[k * w + j] = reach.latestStart(v, s.dayIndex, tmp[j] - m.service[v]);
            }
        }
        for (int k = 0; k <= len + 1; k++) {
            double early = Double.POSITIVE_INFINITY;
            double late = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < w; j++) {
                early = k <= len ? Math.min(early, ready[k * w + j]) : early;
                late = k >= 1 ? Math.max(late, latest[k * w + j]) : late;
            }
            soonest[k] = early;
            lastest[k] = late;
        }
        widestRoom = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= len; k++) {
            double most = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < w; j++) {
                double breaks = 0;
                for (int j2 = j; j2 < w; j2++) {
                    most = Math.max(most, latest[(k + 1) * w + j2] - ready[k * w + j] - breaks);
                    breaks += j2 < w - 1 ? s.breakDuration[j2] : 0;
                }
            }
            room[k] = most;
            widestRoom = Math.max(widestRoom, most);
        }
        sortByRoom();
        reachable = true;
    }

    private void sortByRoom() {
        for (int i = 0; i <= len; i++) {
            int k = i;
            int at = i;
            while (at > 0 && room[byRoom[at - 1]] < room[k]) {
                byRoom[at] = byRoom[at - 1];
                at--;
            }
            byRoom[at] = k;
        }
    }

    /**
     * On a {@link #reachable} route, the positions before which visit v may go as far as room goes (its
     * service and the shortest drives into and out of its place fit the gap, see {@link #roomFor}), by
     * decreasing room, into {@code out}; returns how many. The position after the last visit before a night
     * away, where no drive follows, is always listed.
     */
    int roomyPositions(int v, int[] out) {
        int p = m.place[v];
        double need = m.service[v] + m.nearIn[p] + m.nearOut[p];
        int n = 0;
        for (int i = 0; i <= len; i++) {
            int k = byRoom[i];
            if (need > room[k] + Reach.SLACK) {
                break;
            }
            if (!(night && k == len)) {
                out[n++] = k;
            }
        }
        if (night) {
            out[n++] = len;
        }
        return n;
    }

    private void ensureReach(int n) {
        if (ready.length < n) {
            ready = new double[2 * n];
            latest = new double[2 * n];
        }
        if (soonest.length < len + 2) {
            soonest = new double[2 * len + 4];
            lastest = new double[2 * len + 4];
            room = new double[2 * len + 4];
            byRoom = new int[2 * len + 4];
        }
    }

    /**
     * The first, cheapest time test of {@link #reachDelta}, with the visit's shortest drives in place of the
     * real ones: whether its service fits between the earliest end of service before position k and the
     * latest start after it, within its windows.
     */
    private boolean roomFor(int v, int k) {
        int di = s.dayIndex;
        double early = soonest[k];
        int p = m.place[v];
        return m.service[v] + m.nearIn[p] + m.nearOut[p] <= room[k] + Reach.SLACK
                && early <= m.windowEnd[di][v] + Reach.SLACK
                && Math.max(early, m.windowStart[di][v]) + m.service[v] <= lastest[k + 1] + Reach.SLACK;
    }

    /**
     * False when no position of this {@link #reachable} route has room for visit v: its service and the
     * shortest drives into and out of its place are longer than every gap between two stops. The
     * position after the last visit before a night away is always tried, so such routes say true.
     */
    boolean mayTake(int v) {
        int p = m.place[v];
        return !reachable || night || !m.allowed(v, r)
                || m.service[v] + m.nearIn[p] + m.nearOut[p] <= widestRoom + Reach.SLACK;
    }

    /**
     * Whether inserting v before index k, with drives {@code t1} into it and {@code t2} out of it, can keep every
     * window, break and the shift (up to {@link Reach#SLACK}), and the driving and working limits, on a route
     * with {@link #reachable} times; {@link #reachDelta} has already checked the arrival without breaks.
     * On true, {@code reach.atNext} holds the earliest starts after the visit by breaks taken. The limits
     * cost two additions: when {@code quick} they are tested before the times, which on a full day spares
     * more than half the work; otherwise a position failing both fails on time, as in the simulator.
     */
    private boolean mayFit(int v, int k, double t1, double t2, boolean quick) {
        double newDrive = drive + t1 + t2 - arcT[k];
        boolean withinLimits = newDrive <= s.maxDrive + Model.EPS + Reach.SLACK
                && newDrive + service + m.service[v] <= s.maxWork + Model.EPS + Reach.SLACK;
        if (quick && !withinLimits) {
            fail = Fail.LIMITS;
            return false;
        }
        int w = s.breakEarliest.length + 1;
        reach.step(s, ready, k * w, t1, v, reach.atVisit);
        for (int j = 0; j < w; j++) {
            reach.afterVisit[j] = reach.atVisit[j] + m.service[v];
        }
        reach.step(s, reach.afterVisit, 0, t2, k == len ? -1 : seq[k], reach.atNext);
        boolean fits = false;
        for (int j = 0; j < w && !fits; j++) {
            fits = reach.atNext[j] <= latest[(k + 1) * w + j] + Reach.SLACK;
        }
        if (!fits) {
            fail = Fail.TIME;
            return false;
        }
        if (!withinLimits) {
            fail = Fail.LIMITS;
            return false;
        }
        return true;
    }

    /**
     * {@link #insertDelta} on a route with {@link #reachable} times, failing in the simulator's order (a
     * closed day, a night too near home, then times and limits). Tests go from cheap to dear: room without the
     * real drives ({@link #roomFor}), the arrival with them, the cost bound, then the breaks and limits
     * ({@link #mayFit}); on a full day most positions fail on one of the first two. After the last visit
     * before a night away, v becomes the place of the night, so the day ends there without a further drive.
     */
    private double reachDelta(int v, int k, DaySimulator sim, int[] scratch, boolean overloaded, boolean quick, double bound) {
        if (!m.allowed(v, r)) {
            fail = Fail.CLOSED;
            return Double.POSITIVE_INFINITY;
        }
        boolean nightEnd = night && k == len;
        int p = m.place[v];
        if (night && (nightEnd ? m.dist(p, s.endPlace) < s.nightMinDistance - Model.EPS : nightTooNear)) {
            fail = Fail.NIGHT;
            return Double.POSITIVE_INFINITY;
        }
        if (!nightEnd && !roomFor(v, k)) {
            fail = Fail.TIME;
            return Double.POSITIVE_INFINITY;
        }
        int after = nightEnd ? p : pl[k + 1];
        double t1 = m.timeIn(p, pl[k]);
        double t2 = m.time(p, after);
        double arrival = soonest[k] + t1;
        if (arrival > m.windowEnd[s.dayIndex][v] + Reach.SLACK
                || Math.max(arrival, m.windowStart[s.dayIndex][v]) + m.service[v] + t2 > lastest[k + 1] + Reach.SLACK) {
            fail = Fail.TIME;
            return Double.POSITIVE_INFINITY;
        }
        double arcs = m.costIn(p, pl[k]) + m.cost(p, after) - arcC[k];
        if (arcs - m.overtimeCost * overtime >= bound) {
            fail = Fail.NONE;
            return Double.POSITIVE_INFINITY;
        }
        if (!mayFit(v, k, t1, t2, quick)) {
            return Double.POSITIVE_INFINITY;
        }
        if ((feasible || nightTooNear) && s.workLimitIdle && !overloaded
                && drive + t1 + t2 - arcT[k] <= s.maxDrive + Model.EPS) {
            return carriedDelta(arcs, k);
        }
        return simulatedDelta(v, k, sim, scratch);
    }

    /**
     * The cost of an insertion before index k that {@link #mayFit} let through, without a simulation: the
     * change of arcs plus that of overtime. The new times are carried forward along the rest of the day
     * until they meet the route's own (waiting absorbed the visit, so the day ends as before) or reach the
     * end. Only for days whose working-time limit cannot bind, since working time is not carried.
     */
    private double carriedDelta(double arcs, int k) {
        int w = width;
        double[] at = reach.atNext;
        double[] carry = reach.afterVisit;
        for (int i = k + 1; i <= len; i++) {
            double service = m.service[seq[i - 1]];
            boolean same = true;
            for (int j = 0; j < w; j++) {
                carry[j] = at[j] + service;
                same &= carry[j] == ready[i * w + j];
            }
            if (same) {
                fail = Fail.NONE;
                return arcs;
            }
            reach.step(s, carry, 0, arcT[i], i == len ? -1 : seq[i], at);
        }
        double end = Double.POSITIVE_INFINITY;
        for (int j = 0; j < w; j++) {
            boolean breaksDone = j == w - 1 || at[j] <= s.breakLatest[j] + Reach.SLACK;
            if (breaksDone && at[j] <= s.latestEnd + Reach.SLACK) {
                end = Math.min(end, at[j]);
            }
        }
        if (end == Double.POSITIVE_INFINITY) {
            fail = Fail.TIME;
            return end;
        }
        fail = Fail.NONE;
        return arcs + m.overtimeCost * (Math.max(0, end - s.shiftEnd) - overtime);
    }

    private double arcCost() {
        double sum = 0;
        int from = startPlace;
        for (int i = 0; i < len; i++) {
            sum += m.cost(from, m.place[seq[i]]);
            from = m.place[seq[i]];
        }
        return sum + (night ? 0 : m.cost(from, s.endPlace));
    }

    private void rebuildSegments() {
        int di = s.dayIndex;
        pl[0] = startPlace;
        pl[len + 1] = s.endPlace;
        for (int i = 0; i < len; i++) {
            pl[i + 1] = m.place[seq[i]];
        }
        feasible = true;
        drive = 0;
        cost = 0;
        fD[0] = 0;
        fE[0] = s.shiftStart;
        fL[0] = s.latestEnd;
        for (int k = 1; k <= len + 1; k++) {
            double t = m.time(pl[k - 1], pl[k]);
            arcT[k - 1] = t;
            arcC[k - 1] = m.cost(pl[k - 1], pl[k]);
            drive += t;
            cost += arcC[k - 1];
            double d2 = k <= len ? m.service[seq[k - 1]] : 0;
            double e2 = k <= len ? m.windowStart[di][seq[k - 1]] : s.shiftStart;
            double l2 = k <= len ? m.windowEnd[di][seq[k - 1]] : s.latestEnd;
            if (!Segments.feasible(fD[k - 1], fE[k - 1], t, l2) || e2 == Model.CLOSED) {
                feasible = false;
            }
            fD[k] = Segments.duration(fD[k - 1], fE[k - 1], fL[k - 1], t, d2, e2);
            fE[k] = Segments.earliest(fD[k - 1], fE[k - 1], fL[k - 1], t, e2);
            fL[k] = Segments.latest(fD[k - 1], fL[k - 1], t, l2);
        }
        bD[len + 1] = 0;
        bE[len + 1] = s.shiftStart;
        bL[len + 1] = s.latestEnd;
        for (int k = len; k >= 0; k--) {
            double t = m.time(pl[k], pl[k + 1]);
            double d1 = k >= 1 ? m.service[seq[k - 1]] : 0;
            double e1 = k >= 1 ? m.windowStart[di][seq[k - 1]] : s.shiftStart;
            double l1 = k >= 1 ? m.windowEnd[di][seq[k - 1]] : s.latestEnd;
            bD[k] = Segments.duration(d1, e1, l1, t, bD[k + 1], bE[k + 1]);
            bE[k] = Segments.earliest(d1, e1, l1, t, bE[k + 1]);
            bL[k] = Segments.latest(d1, l1, t, bL[k + 1]);
        }
        double total = fD[len + 1];
        working = total;
        overtime = Math.max(0, fE[len + 1] + total - s.shiftEnd);
        cost += m.overtimeCost * overtime;
        fail = Fail.NONE;
        if (!feasible) {
            fail = Fail.TIME;
        } else if (total > s.maxWork + Model.EPS || drive > s.maxDrive + Model.EPS) {
            feasible = false;
            fail = Fail.LIMITS;
        } else if (load > s.capacity + Model.EPS) {
            feasible = false;
            fail = Fail.CAPACITY;
        }
    }

    /**
     * Extra cost of inserting visit v before index k (0..len), or +infinity with {@link #fail} set.
     * Uses the segments when possible, else simulates the changed route in {@code scratch}. With
     * {@code quick} (the search) the cheapest tests come first, capacity and the working limits before the
     * times; without it (the reasons given for unplanned visits) a position failing on several counts fails
     * as the simulator would, on time before limits before capacity.
     */
    double insertDelta(int v, int k, DaySimulator sim, int[] scratch, boolean quick) {
        return insertDelta(v, k, sim, scratch, quick, Double.POSITIVE_INFINITY);
    }

    /**
     * As above, but may give up early (returning +infinity with {@link #fail} = NONE) once the delta
     * cannot be below {@code bound}: the caller already knows a position at least as cheap. The delta is
     * the arc change plus the overtime change, and overtime cannot fall below zero, so
     * {@code arcs - overtimeCost * overtime} is a lower bound whatever the travel times (even when they
     * break the triangle inequality and an insertion could end the day earlier).
     */
    double insertDelta(int v, int k, DaySimulator sim, int[] scratch, boolean quick, double bound) {
        boolean overloaded = load + m.demand[v] > s.capacity + Model.EPS;
        if (overloaded && quick) {
            fail = Fail.CAPACITY;
            return Double.POSITIVE_INFINITY;
        }
        if (!fast || !feasible || m.windows[s.dayIndex][v] != null) {
            return reachable
                    ? reachDelta(v, k, sim, scratch, overloaded, quick, bound)
                    : simulatedDelta(v, k, sim, scratch);
        }
        int b = pl[k + 1];
        int p = m.place[v];
        double t1 = m.timeIn(p, pl[k]);
        double lv = m.windowEnd[s.dayIndex][v];
        if (!Segments.feasible(fD[k], fE[k], t1, lv)) {
            fail = Fail.TIME_STOP;
            return Double.POSITIVE_INFINITY;
        }
        double arcs = m.costIn(p, pl[k]) + m.cost(p, b) - arcC[k];
        if (arcs - m.overtimeCost * overtime >= bound) {
            fail = Fail.NONE;
            return Double.POSITIVE_INFINITY;
        }
        double ev = m.windowStart[s.dayIndex][v];
        double sv = m.service[v];
        double d1 = Segments.duration(fD[k], fE[k], fL[k], t1, sv, ev);
        double e1 = Segments.earliest(fD[k], fE[k], fL[k], t1, ev);
        double l1 = Segments.latest(fD[k], fL[k], t1, lv);
        double t2 = m.time(p, b);
        if (!Segments.feasible(d1, e1, t2, bL[k + 1])) {
            fail = Fail.TIME;
            return Double.POSITIVE_INFINITY;
        }
        double total = Segments.duration(d1, e1, l1, t2, bD[k + 1], bE[k + 1]);
        double earliest = Segments.earliest(d1, e1, l1, t2, bE[k + 1]);
        double newDrive = drive + t1 + t2 - arcT[k];
        if (total > s.maxWork + Model.EPS || newDrive > s.maxDrive + Model.EPS) {
            fail = Fail.LIMITS;
            return Double.POSITIVE_INFINITY;
        }
        if (overloaded) {
            fail = Fail.CAPACITY;
            return Double.POSITIVE_INFINITY;
        }
        double newOvertime = Math.max(0, earliest + total - s.shiftEnd);
        fail = Fail.NONE;
        return arcs + m.overtimeCost * (newOvertime - overtime);
    }

    /**
     * Cost change of removing the visit at index i (constant time on plain routes), or +infinity when the
     * route would break (possible only when travel times violate the triangle inequality).
     */
    double removeDelta(int i, DaySimulator sim, int[] scratch) {
        if (!fast) {
            System.arraycopy(seq, 0, scratch, 0, i);
            System.arraycopy(seq, i + 1, scratch, i, len - i - 1);
            return sim.run(r, startPlace, night, scratch, len - 1) ? sim.cost - cost : Double.POSITIVE_INFINITY;
        }
        int a = pl[i];
        int b = pl[i + 2];
        int p = pl[i + 1];
        double t = m.time(a, b);
        if (!Segments.feasible(fD[i], fE[i], t, bL[i + 2])) {
            return Double.POSITIVE_INFINITY;
        }
        double total = Segments.duration(fD[i], fE[i], fL[i], t, bD[i + 2], bE[i + 2]);
        double earliest = Segments.earliest(fD[i], fE[i], fL[i], t, bE[i + 2]);
        double newDrive = drive - m.time(a, p) - m.time(p, b) + t;
        if (total > s.maxWork + Model.EPS || newDrive > s.maxDrive + Model.EPS) {
            return Double.POSITIVE_INFINITY;
        }
        double newOvertime = Math.max(0, earliest + total - s.shiftEnd);
        return m.cost(a, b) - m.cost(a, p) - m.cost(p, b) + m.overtimeCost * (newOvertime - overtime);
    }

    private double simulatedDelta(int v, int k, DaySimulator sim, int[] scratch) {
        System.arraycopy(seq, 0, scratch, 0, k);
        scratch[k] = v;
        System.arraycopy(seq, k, scratch, k + 1, len - k);
        if (!sim.run(r, startPlace, night, scratch, len + 1)) {
            fail = sim.fail;
            return Double.POSITIVE_INFINITY;
        }
        fail = Fail.NONE;
        return sim.cost - cost;
    }

    void copyFrom(Route o) {
        ensure(o.len);
        System.arraycopy(o.seq, 0, seq, 0, o.len);
        len = o.len;
        version = o.version;
        startPlace = o.startPlace;
        night = o.night;
        fast = o.fast;
        feasible = o.feasible;
        fail = o.fail;
        load = o.load;
        drive = o.drive;
        cost = o.cost;
        overtime = o.overtime;
        working = o.working;
        service = o.service;
        reachable = o.reachable;
        nightTooNear = o.nightTooNear;
        if (reachable) {
            if (reach == null) {
                reach = new Reach(m);
            }
            width = o.width;
            int n = (len + 2) * width;
            ensureReach(n);
            System.arraycopy(o.ready, 0, ready, 0, n);
            System.arraycopy(o.latest, 0, latest, 0, n);
            System.arraycopy(o.soonest, 0, soonest, 0, len + 2);
            System.arraycopy(o.lastest, 0, lastest, 0, len + 2);
            System.arraycopy(o.room, 0, room, 0, len + 1);
            System.arraycopy(o.byRoom, 0, byRoom, 0, len + 1);
            widestRoom = o.widestRoom;
            System.arraycopy(o.pl, 0, pl, 0, len + 2);
            System.arraycopy(o.arcT, 0, arcT, 0, len + 1);
            System.arraycopy(o.arcC, 0, arcC, 0, len + 1);
        }
        if (fast) {
            int n = len + 2;
            System.arraycopy(o.fD, 0, fD, 0, n);
            System.arraycopy(o.fE, 0, fE, 0, n);
            System.arraycopy(o.fL, 0, fL, 0, n);
            System.arraycopy(o.bD, 0, bD, 0, n);
            System.arraycopy(o.bE, 0, bE, 0, n);
            System.arraycopy(o.bL, 0, bL, 0, n);
            System.arraycopy(o.pl, 0, pl, 0, n);
            System.arraycopy(o.arcT, 0, arcT, 0, n - 1);
            System.arraycopy(o.arcC, 0, arcC, 0, n - 1);
        }
    }
}

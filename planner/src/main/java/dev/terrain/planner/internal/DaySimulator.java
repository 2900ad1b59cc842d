package dev.terrain.planner.internal;

/**
 * Schedules one day's route from scratch: the reference evaluation of a route, used for routes with
 * breaks, several windows per day or a night away, for the plan's times, and by the tests as the
 * truth the constant-time route evaluation must agree with.
 *
 * <p>Visits start as early as possible; departure is then delayed as far as that does not make the day
 * end later (less waiting at home, shorter working time). Breaks go into the gaps between stops, either
 * on arrival (before service; waiting absorbs them) or before driving on, wherever the day ends earliest.
 */
final class DaySimulator {

    private final Model m;

    int fail;
    double cost;
    double drive;
    double distance;
    double load;
    double departure;
    double end;
    double working;
    double waiting;
    double overtime;

    /** Per stop (when detail was asked): arrival, start of service, idle wait. */
    double[] arrival = new double[16];
    double[] start = new double[16];
    double[] idle = new double[16];
    /** Breaks taken: after how many stops, and when. */
    int breaksTaken;
    int[] breakAfter = new int[4];
    double[] breakStart = new double[4];

    /** Dynamic-programme states, by position * (breaks + 1) + breaks taken. */
    private boolean[] preBreak = new boolean[0];
    private boolean[] arrBreak = new boolean[0];
    private double[] preStart = new double[0];
    private double[] arrStart = new double[0];
    private double[] phys = new double[0];
    private double[] begin = new double[0];
    private double[] ready = new double[0];
    private double[] pre = new double[0];
    private double[] arrive = new double[0];

    DaySimulator(Model m) {
        this.m = m;
    }

    /** Evaluates a route; returns true when it is feasible. */
    boolean run(int r, int startPlace, boolean night, int[] seq, int len) {
        if (!allowedAndLoaded(r, seq, len)) {
            return failWith(Fail.CLOSED);
        }
        if (night && !nightFarEnough(m.routes[r], seq, len)) {
            return failWith(Fail.NIGHT);
        }
        return scheduleDay(r, startPlace, night, seq, len);
    }

    /**
     * As {@link #run}, but without the rule that a night away starts far enough from home: the times,
     * limits and capacity of the day alone.
     */
    boolean runTimes(int r, int startPlace, boolean night, int[] seq, int len) {
        return allowedAndLoaded(r, seq, len) ? scheduleDay(r, startPlace, night, seq, len) : failWith(Fail.CLOSED);
    }

    /** Whether a day that ends with a night away ends far enough from home. */
    boolean nightFarEnough(RouteSpec s, int[] seq, int len) {
        return len > 0 && m.dist(m.place[seq[len - 1]], s.endPlace) >= s.nightMinDistance - Model.EPS;
    }

    /** Sizes the per-stop arrays, sums the load, and says whether every visit is allowed on the day. */
    private boolean allowedAndLoaded(int r, int[] seq, int len) {
        RouteSpec s = m.routes[r];
        if (arrival.length < len + 1) {
            arrival = new double[2 * len + 2];
            start = new double[2 * len + 2];
            idle = new double[2 * len + 2];
        }
        if (breakAfter.length < s.breakEarliest.length) {
            breakAfter = new int[s.breakEarliest.length];
            breakStart = new double[s.breakEarliest.length];
        }
        load = 0;
        for (int i = 0; i < len; i++) {
            if (!m.allowed(seq[i], r)) {
                return false;
            }
            load += m.demand[seq[i]];
        }
        return true;
    }

    /** Schedules the day with its earliest end, then with departure delayed as far as that end allows. */
    private boolean scheduleDay(int r, int startPlace, boolean night, int[] seq, int len) {
        RouteSpec s = m.routes[r];
        double earliestEnd = schedule(r, startPlace, night, seq, len, s.shiftStart);
        if (Double.isNaN(earliestEnd)) {
            return failWith(Fail.TIME);
        }
        double delay = departureDelay(s, seq, len);
        if (delay > Model.EPS) {
            double later = schedule(r, startPlace, night, seq, len, s.shiftStart + delay);
            if (Double.isNaN(later) || later > earliestEnd + Model.EPS) {
                schedule(r, startPlace, night, seq, len, s.shiftStart);
            }
        }
        return finish(s);
    }

    private boolean finish(RouteSpec s) {
        double breakTime = 0;
        for (int b = 0; b < breaksTaken; b++) {
            breakTime += s.breakDuration[b];
        }
        working = end - departure - breakTime;
        overtime = Math.max(0, end - s.shiftEnd);
        cost += m.overtimeCost * overtime;
        if (working > s.maxWork + Model.EPS || drive > s.maxDrive + Model.EPS) {
            return failWith(Fail.LIMITS);
        }
        if (load > s.capacity + Model.EPS) {
            return failWith(Fail.CAPACITY);
        }
        fail = Fail.NONE;
        return true;
    }

    private boolean failWith(int code) {
        fail = code;
        return false;
    }

    /**
     * Forward pass from a departure time; returns the arrival at the end, or NaN when infeasible.
     * Breaks are placed by a small dynamic programme over "how many breaks taken so far": for each
     * count only the earliest time matters (every rule is monotone in time), so the placement found
     * is the one that ends the day earliest, among all gaps and both ways of taking a break.
     */
    private double schedule(int r, int startPlace, boolean night, int[] seq, int len, double depart) {
        RouteSpec s = m.routes[r];
        int nb = s.breakEarliest.length;
        int w = nb + 1;
        ensureStates((len + 1) * w, w);
        departure = depart;
        drive = 0;
        distance = 0;
        cost = 0;
        java.util.Arrays.fill(ready, 0, w, Double.POSITIVE_INFINITY);
        ready[0] = depart;
        int from = startPlace;
        for (int k = 0; k <= len; k++) {
            boolean last = k == len;
            int v = last ? -1 : seq[k];
            int to = last ? (night ? from : s.endPlace) : m.place[v];
            double tt = m.time(from, to);
            drive += tt;
            distance += m.dist(from, to);
            cost += m.cost(from, to);
            int base = k * w;
            for (int j = 0; j < w; j++) {
                pre[j] = ready[j];
                preBreak[base + j] = false;
            }
            for (int j = 1; j < w; j++) {
                double bs = Math.max(pre[j - 1], s.breakEarliest[j - 1]);
                if (bs <= s.breakLatest[j - 1] + Model.EPS && bs + s.breakDuration[j - 1] < pre[j] - Model.EPS) {
                    pre[j] = bs + s.breakDuration[j - 1];
                    preBreak[base + j] = true;
                    preStart[base + j] = bs;
                }
            }
            for (int j = 0; j < w; j++) {
                arrive[j] = pre[j] + tt;
                phys[base + j] = arrive[j];
                arrBreak[base + j] = false;
            }
            if (last) {
                return finishDay(s, seq, len, w);
            }
            for (int j = 1; j < w; j++) {
                // A break on arrival wins when it leaves the rep free earlier, even if service starts at the
                // same time either way (waiting absorbs it): the next break may then still be taken in time.
                double bs = Math.max(arrive[j - 1], s.breakEarliest[j - 1]);
                double after = bs + s.breakDuration[j - 1];
                if (bs <= s.breakLatest[j - 1] + Model.EPS && (after < arrive[j] - Model.EPS
                        || startAt(v, s.dayIndex, after) < startAt(v, s.dayIndex, arrive[j]) - Model.EPS)) {
                    arrive[j] = bs + s.breakDuration[j - 1];
                    arrBreak[base + j] = true;
                    arrStart[base + j] = bs;
                    phys[base + j] = phys[base + j - 1];
                }
            }
            boolean any = false;
            for (int j = 0; j < w; j++) {
                double st = arrive[j] == Double.POSITIVE_INFINITY ? arrive[j] : startAt(v, s.dayIndex, arrive[j]);
                begin[base + j] = st;
                ready[j] = st == Double.POSITIVE_INFINITY ? st : st + m.service[v];
                any |= st != Double.POSITIVE_INFINITY;
            }
            if (!any) {
                return Double.NaN;
            }
            from = to;
        }
        return Double.NaN;
    }

    /** Picks the best final state (earliest return; a pending break is fine if the day ends before it) and traces back. */
    private double finishDay(RouteSpec s, int[] seq, int len, int w) {
        int bestJ = -1;
        for (int j = 0; j < w; j++) {
            double a = arrive[j];
            boolean breaksDone = j == w - 1 || a <= s.breakLatest[j] + Model.EPS;
            if (a <= s.latestEnd + Model.EPS && breaksDone && (bestJ < 0 || a <= arrive[bestJ] + Model.EPS)) {
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            return Double.NaN;
        }
        end = arrive[bestJ];
        breaksTaken = bestJ;
        waiting = 0;
        int j = bestJ;
        for (int k = len; k >= 0; k--) {
            int base = k * w;
            if (k < len) {
                arrival[k] = phys[base + j];
                start[k] = begin[base + j];
                double onBreak = 0;
                while (arrBreak[base + j]) {
                    record(j - 1, k, arrStart[base + j]);
                    onBreak += s.breakDuration[j - 1];
                    j--;
                }
                idle[k] = start[k] - arrival[k] - onBreak;
                waiting += idle[k];
            }
            while (preBreak[base + j]) {
                record(j - 1, k, preStart[base + j]);
                j--;
            }
        }
        return end;
    }

    private void record(int breakIndex, int afterStops, double at) {
        breakAfter[breakIndex] = afterStops;
        breakStart[breakIndex] = at;
    }

    private void ensureStates(int n, int w) {
        if (preBreak.length < n) {
            preBreak = new boolean[2 * n];
            arrBreak = new boolean[2 * n];
            preStart = new double[2 * n];
            arrStart = new double[2 * n];
            phys = new double[2 * n];
            begin = new double[2 * n];
        }
        if (ready.length < w) {
            ready = new double[2 * w];
            pre = new double[2 * w];
            arrive = new double[2 * w];
        }
    }

    /** The earliest start of service at or after {@code t}, or +infinity when every window has closed. */
    private double startAt(int v, int dayIndex, double t) {
        double[] pairs = m.windows[dayIndex][v];
        if (pairs == null) {
            return t <= m.windowEnd[dayIndex][v] + Model.EPS ? Math.max(t, m.windowStart[dayIndex][v]) : Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (t <= pairs[i + 1] + Model.EPS) {
                return Math.max(t, pairs[i]);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** How far departure can move without moving the end: min(total waiting, forward slack). */
    private double departureDelay(RouteSpec s, int[] seq, int len) {
        double waited = 0;
        double slack = s.latestEnd - end + waiting;
        for (int i = 0; i < len; i++) {
            waited += idle[i];
            double latest = latestStartOf(seq[i], s.dayIndex, start[i]);
            slack = Math.min(slack, latest - start[i] + waited);
        }
        return Math.max(0, Math.min(waiting, slack));
    }

    private double latestStartOf(int v, int dayIndex, double chosenStart) {
        double[] pairs = m.windows[dayIndex][v];
        if (pairs == null) {
            return m.windowEnd[dayIndex][v];
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (chosenStart <= pairs[i + 1] + Model.EPS) {
                return pairs[i + 1];
            }
        }
        return chosenStart;
    }
}

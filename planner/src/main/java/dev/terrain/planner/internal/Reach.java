package dev.terrain.planner.internal;

/**
 * Earliest and latest times along a route with breaks or several windows per visit, by number of breaks
 * taken: the quick test that spares most insertions a full {@link DaySimulator} run.
 *
 * <p>For a route [start, visits..., end] a {@link Route} keeps, for every position and every count j of
 * breaks taken so far, the earliest time service there can be over ({@code ready}, forward, the same
 * dynamic programme as the simulator's) and the latest time service there can start so that the rest of
 * the day still fits ({@code latest}, backward). Every rule is monotone in time (being earlier never
 * hurts, one can always wait), so the starts that let the rest of the day fit are exactly those up to
 * {@code latest}. Inserting a visit between two positions then needs two forward steps, from the ready
 * times before it to the start of service after it, compared with the latest starts there: constant
 * time, whatever the route's length.
 *
 * <p>The test is lenient by {@link #SLACK}: it may let through an insertion that the simulator then
 * rejects, never the other way round, so it changes how fast the search runs, not what it finds.
 */
final class Reach {

    /** Leniency of every comparison, far above the simulator's own tolerances piling up along a day. */
    static final double SLACK = 1e-3;

    private final Model m;
    private final int maxWidth;
    private final double[] pre;
    private final double[] arrive;
    final double[] atVisit;
    final double[] afterVisit;
    final double[] atNext;

    Reach(Model m) {
        this.m = m;
        int w = 1;
        for (RouteSpec s : m.routes) {
            w = Math.max(w, s.breakEarliest.length + 1);
        }
        this.maxWidth = w;
        pre = new double[w];
        arrive = new double[w];
        atVisit = new double[w];
        afterVisit = new double[w];
        atNext = new double[w];
    }

    int maxWidth() {
        return maxWidth;
    }

    /**
     * One step forward: from the times service ends at the previous stop ({@code ready[from + j]}, j breaks
     * taken), breaks before driving, the drive, breaks on arrival, and the start of service at visit
     * {@code v} (or, with v = -1, the arrival at the end of the day) into {@code out[j]}; +infinity where
     * impossible.
     */
    void step(RouteSpec s, double[] ready, int from, double travel, int v, double[] out) {
        int w = s.breakEarliest.length + 1;
        for (int j = 0; j < w; j++) {
            pre[j] = ready[from + j];
        }
        for (int j = 1; j < w; j++) {
            double bs = Math.max(pre[j - 1], s.breakEarliest[j - 1]);
            if (bs <= s.breakLatest[j - 1] + SLACK) {
                pre[j] = Math.min(pre[j], bs + s.breakDuration[j - 1]);
            }
        }
        for (int j = 0; j < w; j++) {
            arrive[j] = pre[j] + travel;
        }
        if (v < 0) {
            System.arraycopy(arrive, 0, out, 0, w);
            return;
        }
        int di = s.dayIndex;
        out[0] = startAt(v, di, arrive[0]);
        for (int j = 1; j < w; j++) {
            double bs = Math.max(arrive[j - 1], s.breakEarliest[j - 1]);
            if (bs <= s.breakLatest[j - 1] + SLACK) {
                arrive[j] = Math.min(arrive[j], bs + s.breakDuration[j - 1]);
            }
            out[j] = startAt(v, di, arrive[j]);
        }
    }

    /**
     * One step backward: the latest times service at a stop can end with j breaks taken ({@code out[j]})
     * so that the next stop, {@code travel} away, can still start by {@code latestNext[next + j]} (or, when
     * {@code nextIsEnd}, the day can end by then); -infinity where impossible.
     */
    void stepBack(RouteSpec s, double[] latestNext, int next, double travel, boolean nextIsEnd, double[] out) {
        int nb = s.breakEarliest.length;
        arrive[nb] = latestNext[next + nb];
        for (int j = nb - 1; j >= 0; j--) {
            double latest = latestNext[next + j];
            arrive[j] = nextIsEnd ? latest : Math.max(latest, beforeBreak(s, j, arrive[j + 1]));
        }
        out[nb] = arrive[nb] - travel;
        for (int j = nb - 1; j >= 0; j--) {
            out[j] = Math.max(arrive[j] - travel, beforeBreak(s, j, out[j + 1]));
        }
    }

    /** The latest time break j can be reached so that it is taken in time and over by {@code then}, or -infinity. */
    private static double beforeBreak(RouteSpec s, int j, double then) {
        double latest = Math.min(s.breakLatest[j], then - s.breakDuration[j]);
        return s.breakEarliest[j] <= latest + SLACK ? latest + SLACK : Double.NEGATIVE_INFINITY;
    }

    /** Latest times at the end of the day with j breaks taken: the shift's latest end, and before any break still owed. */
    static void endOfDay(RouteSpec s, double[] out, int at) {
        int nb = s.breakEarliest.length;
        for (int j = 0; j <= nb; j++) {
            out[at + j] = (j == nb ? s.latestEnd : Math.min(s.latestEnd, s.breakLatest[j])) + SLACK;
        }
    }

    /** The earliest start of service at or after {@code t}, or +infinity when every window has closed. */
    double startAt(int v, int dayIndex, double t) {
        double[] pairs = m.windows[dayIndex][v];
        if (pairs == null) {
            return t <= m.windowEnd[dayIndex][v] + SLACK ? Math.max(t, m.windowStart[dayIndex][v]) : Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (t <= pairs[i + 1] + SLACK) {
                return Math.max(t, pairs[i]);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The latest start of service at or before {@code t}, or -infinity when no window opens by then. */
    double latestStart(int v, int dayIndex, double t) {
        double[] pairs = m.windows[dayIndex][v];
        if (pairs == null) {
            return t >= m.windowStart[dayIndex][v] - SLACK ? Math.min(t, m.windowEnd[dayIndex][v] + SLACK) : Double.NEGATIVE_INFINITY;
        }
        for (int i = pairs.length - 2; i >= 0; i -= 2) {
            if (t >= pairs[i] - SLACK) {
                return Math.min(t, pairs[i + 1] + SLACK);
            }
        }
        return Double.NEGATIVE_INFINITY;
    }
}

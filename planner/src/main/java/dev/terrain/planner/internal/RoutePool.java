package dev.terrain.planner.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;

/**
 * The day routes of the plans the search accepted, and the best plan they combine into. A search that
 * chooses visits for their value keeps finding good days in plans that are worse as a whole: one plan has a
 * strong Monday, a later one a strong Thursday. {@link #recombine} picks one recorded route per day so that no
 * visit is made twice, a day that follows a night away starts where that night was spent, each resource's nights
 * stay within its weekly bound, and the value (then the cost) beats the plan given.
 *
 * <p>The choice is a depth-first search over the days in order, each day's routes tried from the most valuable.
 * For every route it keeps, per later day, the set of routes that share no visit with it (and, for the next
 * day, start where it ends), so that a node's bound is the best route still allowed on each later day. A
 * route of the same visits, start and end is recorded once, in its cheapest order.
 */
final class RoutePool {

    /** The most valuable routes of each day a recombination considers (fewer when there are many days). */
    static final int ROUTES_PER_DAY = 500;
    /** How many words of visit bits a recombination may compare to find routes that share no visit (its set-up time). */
    private static final long MAX_WORD_TESTS = 100_000_000L;
    /** Search nodes after which a recombination keeps the best combination found so far. */
    static final long MAX_NODES = 300_000L;

    /** The visits of a route as a set, with where it starts and, after a night away, where it ends. */
    private record Key(int startPlace, int nightPlace, int[] visits, int hash) {

        static Key of(Route route) {
            int[] visits = Arrays.copyOf(route.seq, route.len);
            Arrays.sort(visits);
            int nightPlace = route.night ? route.lastPlace() : -1;
            return new Key(route.startPlace, nightPlace, visits, (Arrays.hashCode(visits) * 31 + route.startPlace) * 31 + nightPlace);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.startPlace == startPlace && k.nightPlace == nightPlace && Arrays.equals(k.visits, visits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A recorded route: its cheapest order so far, its visits as bits, value and cost (the night's price left out). */
    private static final class Entry {
        final long order;
        final int startPlace;
        final boolean night;
        /** Where the next day starts when this route ends away. */
        final int nightPlace;
        final long[] bits;
        final double value;
        final int mandatory;
        int[] sequence;
        double cost;

        Entry(long order, Key key, long[] bits, double value, int mandatory) {
            this.order = order;
            this.startPlace = key.startPlace;
            this.night = key.nightPlace >= 0;
            this.nightPlace = key.nightPlace;
            this.bits = bits;
            this.value = value;
            this.mandatory = mandatory;
        }
    }

    private final Model m;
    private final HashMap<Key, Entry>[] byDay;
    private final int words;
    private final Solution scratch;
    private final int totalMandatory;
    /** The routes of each day a recombination considers: {@link #ROUTES_PER_DAY}, or fewer when there are many days. */
    private final int perDay;
    private long recorded;
    /**
     * Per day, the value below which a route stayed out of the last recombination (minus infinity when every route
     * of the day was in it); {@link #changed} tells whether a route recorded since would have been in it.
     */
    private final double[] cutoff;
    private boolean changed = true;
    /** The plan the last recombination had to beat: a plan at least as good cannot be beaten while nothing changed. */
    private int lastHard = Integer.MAX_VALUE;
    private double lastValue;
    private double lastCost;

    /** Per day, the routes considered by the running recombination, most valuable first. */
    private Entry[][] lists;
    /** {@code compatible[r][i][d]}: the routes of day d (after r) that may go with route i of day r, as bits. */
    private long[][][][] compatible;
    /** {@code sets[depth][d]}: the routes of day d still allowed at that depth of the search, as bits. */
    private long[][][] sets;
    private double[][] bestLaterByDepth;
    private final Entry[] chosen;
    private Entry[] bestChosen;
    private int bestHard;
    private double bestValue;
    private double bestCost;
    private long nodes;

    @SuppressWarnings("unchecked")
    RoutePool(Model m) {
        this.m = m;
        this.byDay = new HashMap[m.routes.length];
        for (int r = 0; r < byDay.length; r++) {
            byDay[r] = new HashMap<>();
        }
        this.words = (m.visits + 63) >>> 6;
        this.scratch = new Solution(m);
        this.chosen = new Entry[m.routes.length];
        this.cutoff = new double[m.routes.length];
        Arrays.fill(cutoff, Double.NEGATIVE_INFINITY);
        int mandatory = 0;
        for (boolean b : m.mandatory) {
            mandatory += b ? 1 : 0;
        }
        this.totalMandatory = mandatory;
        int days = m.routes.length;
        double pairsOfDays = Math.max(1.0, days * (days - 1) / 2.0);
        this.perDay = (int) Math.max(1, Math.min(ROUTES_PER_DAY, Math.sqrt(MAX_WORD_TESTS / (double) words / pairsOfDays)));
    }

    /**
     * A day keeps at most this many routes; beyond it, only the {@code 2 * perDay} most valuable stay, so that a long
     * search does not hold every route it ever accepted.
     */
    int maxKeptPerDay() {
        return 8 * perDay;
    }

    /** Records a route of an accepted plan, if it is feasible and makes a visit. */
    void record(Route route) {
        if (!route.feasible || route.len == 0) {
            return;
        }
        Key key = Key.of(route);
        Entry e = byDay[route.r].get(key);
        if (e == null) {
            long[] bits = new long[words];
            double value = 0;
            int mandatory = 0;
            for (int v : key.visits) {
                bits[v >>> 6] |= 1L << v;
                value += m.value[v];
                mandatory += m.mandatory[v] ? 1 : 0;
            }
            e = new Entry(recorded++, key, bits, value, mandatory);
            byDay[route.r].put(key, e);
            if (byDay[route.r].size() > maxKeptPerDay()) {
                keepMostValuable(route.r, 2 * perDay);
            }
        } else if (e.cost <= route.cost) {
            return;
        }
        e.sequence = Arrays.copyOf(route.seq, route.len);
        e.cost = route.cost;
        changed |= e.value >= cutoff[route.r];
    }

    private void keepMostValuable(int r, int count) {
        Entry[] kept = mostValuable(r, count);
        byDay[r].values().retainAll(Set.of(kept));
    }

    /** How many distinct routes were recorded. */
    long size() {
        return recorded;
    }

    /** How many routes the day holds now. */
    int kept(int r) {
        return byDay[r].size();
    }

    /** Search nodes the last recombination visited. */
    long nodes() {
        return nodes;
    }

    /**
     * Replaces s by the best combination of recorded routes when that is better (fewer broken hard rules,
     * then more value, then less cost); returns whether it did.
     */
    boolean recombine(Solution s, DaySimulator sim) {
        if (!changed && !worseThanLast(s)) {
            nodes = 0;
            return false;
        }
        int days = m.routes.length;
        lists = new Entry[days][];
        for (int r = 0; r < days; r++) {
            Entry[] routes = mostValuable(r, perDay);
            cutoff[r] = routes.length == perDay ? routes[perDay - 1].value : Double.NEGATIVE_INFINITY;
            lists[r] = withEmptyRoute(r, routes);
        }
        changed = false;
        lastHard = s.hard;
        lastValue = s.value;
        lastCost = s.cost;
        buildCompatibility();
        bestChosen = null;
        bestHard = s.hard;
        bestValue = s.value;
        bestCost = s.cost;
        nodes = 0;
        sets = new long[days + 1][days][];
        bestLaterByDepth = new double[days][days];
        for (int depth = 0; depth <= days; depth++) {
            for (int d = 0; d < days; d++) {
                sets[depth][d] = new long[(lists[d].length + 63) >>> 6];
            }
        }
        for (int d = 0; d < days; d++) {
            for (int j = 0; j < lists[d].length; j++) {
                if (m.routes[d].previous >= 0 || lists[d][j].startPlace == m.routes[d].startPlace) {
                    sets[0][d][j >>> 6] |= 1L << j;
                }
            }
        }
        search(0, 0, 0, 0);
        return bestChosen != null && rebuild(s, sim);
    }

    private boolean worseThanLast(Solution s) {
        if (s.hard != lastHard) {
            return s.hard > lastHard;
        }
        return Math.abs(s.value - lastValue) > Model.EPS ? s.value < lastValue : s.cost > lastCost + Model.EPS;
    }

    /** The day's routes by value (then cost, then age), at most {@code limit}. */
    private Entry[] mostValuable(int r, int limit) {
        Entry[] all = byDay[r].values().toArray(new Entry[0]);
        Arrays.sort(all, (a, b) -> a.value != b.value ? Double.compare(b.value, a.value)
                : a.cost != b.cost ? Double.compare(a.cost, b.cost) : Long.compare(a.order, b.order));
        return Arrays.copyOf(all, Math.min(limit, all.length));
    }

    /** The routes followed by the empty route from the day's start. */
    private Entry[] withEmptyRoute(int r, Entry[] routes) {
        Entry[] list = Arrays.copyOf(routes, routes.length + 1);
        Entry empty = new Entry(-1, new Key(m.routes[r].startPlace, -1, new int[0], 0), new long[words], 0, 0);
        empty.sequence = new int[0];
        list[list.length - 1] = empty;
        return list;
    }

    private void buildCompatibility() {
        int days = lists.length;
        compatible = new long[days][][][];
        for (int r = 0; r < days; r++) {
            compatible[r] = new long[lists[r].length][days][];
            for (int i = 0; i < lists[r].length; i++) {
                Entry a = lists[r][i];
                for (int d = r + 1; d < days; d++) {
                    boolean next = m.routes[r].next == d;
                    int start = a.night ? a.nightPlace : m.routes[d].startPlace;
                    long[] mask = new long[(lists[d].length + 63) >>> 6];
                    for (int j = 0; j < lists[d].length; j++) {
                        Entry b = lists[d][j];
                        if ((!next || b.startPlace == start) && disjoint(a.bits, b.bits)) {
                            mask[j >>> 6] |= 1L << j;
                        }
                    }
                    compatible[r][i][d] = mask;
                }
            }
        }
    }

    private static boolean disjoint(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The value of the most valuable route in the set, or minus infinity when it is empty. */
    private double bestValueIn(int day, long[] set) {
        for (int w = 0; w < set.length; w++) {
            if (set[w] != 0) {
                return lists[day][(w << 6) + Long.numberOfTrailingZeros(set[w])].value;
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * Chooses a route for day r among {@code sets[r][r]}, the days before it being chosen; {@code sets[r][d]} holds
     * the routes of each later day d that still go with them. A route's bound is completed day by day and the
     * route given up as soon as it falls below the best plan.
     */
    private void search(int r, double value, double cost, int mandatory) {
        int days = lists.length;
        if (++nodes > MAX_NODES) {
            return;
        }
        if (r == days) {
            keepIfBetter(value, cost, mandatory);
            return;
        }
        long[][] allowed = sets[r];
        long[][] rest = sets[r + 1];
        double[] bestLater = bestLaterByDepth[r];
        double later = 0;
        for (int d = r + 1; d < days; d++) {
            bestLater[d] = bestValueIn(d, allowed[d]);
            later += bestLater[d];
        }
        long[] mine = allowed[r];
        for (int w = 0; w < mine.length; w++) {
            for (long bits = mine[w]; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                Entry e = lists[r][i];
                double bound = value + e.value + later;
                if (bound < bestValue - Model.EPS) {
                    return;
                }
                if (e.night && nightsBefore(r) >= m.routes[r].maxNightsPerWeek) {
                    continue;
                }
                for (int d = r + 1; d < days && bound >= bestValue - Model.EPS; d++) {
                    long[] with = compatible[r][i][d];
                    long[] a = allowed[d];
                    long[] out = rest[d];
                    for (int x = 0; x < with.length; x++) {
                        out[x] = a[x] & with[x];
                    }
                    bound += bestValueIn(d, out) - bestLater[d];
                }
                if (bound < bestValue - Model.EPS) {
                    continue;
                }
                chosen[r] = e;
                search(r + 1, value + e.value, cost + e.cost + (e.night ? m.nightCost : 0), mandatory + e.mandatory);
                chosen[r] = null;
            }
        }
    }

    /** Nights away already chosen for day r's resource in day r's week (as {@link Nights#nightsInWeek} counts them). */
    private int nightsBefore(int r) {
        RouteSpec spec = m.routes[r];
        int count = 0;
        for (int p = 0; p < r; p++) {
            RouteSpec other = m.routes[p];
            if (chosen[p].night && other.resource == spec.resource && other.day / 7 == spec.day / 7) {
                count++;
            }
        }
        return count;
    }

    private void keepIfBetter(double value, double cost, int mandatory) {
        int hard = totalMandatory - mandatory;
        boolean better = hard != bestHard ? hard < bestHard
                : Math.abs(value - bestValue) > Model.EPS ? value > bestValue : cost < bestCost - Model.EPS;
        if (better) {
            bestHard = hard;
            bestValue = value;
            bestCost = cost;
            bestChosen = chosen.clone();
        }
    }

    /** Builds the chosen routes into s when they make a valid, better plan. */
    private boolean rebuild(Solution s, DaySimulator sim) {
        Solution t = scratch;
        t.copyFrom(s);
        for (int v = 0; v < m.visits; v++) {
            if (t.routeOf[v] >= 0) {
                t.unplan(v);
            }
        }
        for (int r = 0; r < t.routes.length; r++) {
            t.routes[r].night = false;
            t.routes[r].startPlace = m.routes[r].startPlace;
        }
        for (int r = 0; r < t.routes.length; r++) {
            Entry e = bestChosen[r];
            t.routes[r].night = e.night;
            for (int v : e.sequence) {
                t.place(v, r, t.routes[r].len);
            }
            t.refresh(r, sim);
        }
        t.totals();
        if (t.valid && t.betterThan(s)) {
            s.copyFrom(t);
            return true;
        }
        return false;
    }
}

package dev.terrain.planner.internal;

/**
 * String removal in the style of SISR: pick a seed visit, walk its nearest neighbours, and from each
 * not yet ruined route they belong to remove a string of consecutive visits (or a string with a
 * preserved middle part), until the chosen number of routes is ruined.
 */
final class Ruin {

    private static final int MAX_STRING = 10;
    /** Share of ruins that remove related visits instead of strings. */
    private static final double RELATED_SHARE = 0.05;

    private final Model m;
    private final boolean[] ruined;
    private final int[] removedRoutes;

    Ruin(Model m) {
        this.m = m;
        this.ruined = new boolean[m.routes.length];
        this.removedRoutes = new int[m.routes.length];
    }

    /** Removes visits into {@code out}; returns how many. Routes are refreshed before returning. */
    int ruin(Solution s, Rng rng, double averageRemoved, int[] out, DaySimulator sim) {
        if (rng.nextDouble() < RELATED_SHARE) {
            return ruinRelated(s, rng, averageRemoved, out, sim);
        }
        return ruinStrings(s, rng, averageRemoved, out, sim);
    }

    /** Related removal: the seed and its nearest planned neighbours, whatever their routes. */
    private int ruinRelated(Solution s, Rng rng, double averageRemoved, int[] out, DaySimulator sim) {
        if (!anyPlanned(s)) {
            return 0;
        }
        int wanted = 1 + rng.nextInt((int) Math.max(1, 2 * averageRemoved - 1));
        int seed = pickPlanned(s, rng);
        int count = 0;
        int routesRuined = 0;
        for (int c : m.neighbours[seed]) {
            if (count >= wanted) {
                break;
            }
            int r = s.routeOf[c];
            if (r < 0) {
                continue;
            }
            if (!ruined[r]) {
                ruined[r] = true;
                removedRoutes[routesRuined++] = r;
            }
            s.unplan(c);
            out[count++] = c;
        }
        for (int i = 0; i < routesRuined; i++) {
            ruined[removedRoutes[i]] = false;
            s.refresh(removedRoutes[i], sim);
        }
        return count;
    }

    private static boolean anyPlanned(Solution s) {
        for (Route route : s.routes) {
            if (route.len > 0) {
                return true;
            }
        }
        return false;
    }

    private int ruinStrings(Solution s, Rng rng, double averageRemoved, int[] out, DaySimulator sim) {
        int planned = 0;
        int used = 0;
        for (Route route : s.routes) {
            planned += route.len;
            used += route.len > 0 ? 1 : 0;
        }
        if (planned == 0) {
            return 0;
        }
        double averageLength = (double) planned / used;
        double maxString = Math.min(MAX_STRING, averageLength);
        double maxStrings = 4 * averageRemoved / (1 + maxString) - 1;
        // Below an average of (1 + maxString) / 4 the draw would ruin no route at all: one string at least.
        int strings = Math.max(1, (int) (1 + rng.nextDouble() * maxStrings));
        int seed = pickPlanned(s, rng);
        int count = 0;
        int routesRuined = 0;
        for (int c : m.neighbours[seed]) {
            if (routesRuined >= strings) {
                break;
            }
            int r = s.routeOf[c];
            if (r < 0 || ruined[r]) {
                continue;
            }
            Route route = s.routes[r];
            int lengthCap = (int) Math.min(maxString, route.len);
            int length = 1 + rng.nextInt(lengthCap);
            count = rng.nextDouble() < 0.5 || length == route.len
                    ? removeString(s, route, c, length, rng, out, count)
                    : removeSplitString(s, route, c, length, rng, out, count);
            ruined[r] = true;
            removedRoutes[routesRuined++] = r;
        }
        for (int i = 0; i < routesRuined; i++) {
            ruined[removedRoutes[i]] = false;
            s.refresh(removedRoutes[i], sim);
        }
        return count;
    }

    private int pickPlanned(Solution s, Rng rng) {
        for (int tries = 0; tries < 64; tries++) {
            int v = rng.nextInt(m.visits);
            if (s.routeOf[v] >= 0) {
                return v;
            }
        }
        int start = rng.nextInt(m.visits);
        for (int i = 0; i < m.visits; i++) {
            int v = (start + i) % m.visits;
            if (s.routeOf[v] >= 0) {
                return v;
            }
        }
        throw new IllegalStateException("no planned visit");
    }

    private int removeString(Solution s, Route route, int c, int length, Rng rng, int[] out, int count) {
        int at = route.indexOf(c);
        int first = Math.max(0, at - length + 1);
        int last = Math.min(at, route.len - length);
        int from = first + rng.nextInt(last - first + 1);
        for (int i = 0; i < length; i++) {
            out[count++] = route.seq[from];
            s.unplan(route.seq[from]);
        }
        return count;
    }

    private int removeSplitString(Solution s, Route route, int c, int length, Rng rng, int[] out, int count) {
        int kept = 1;
        while (length + kept < route.len && rng.nextDouble() < 0.5) {
            kept++;
        }
        int span = length + kept;
        if (span > route.len) {
            return removeString(s, route, c, length, rng, out, count);
        }
        int at = route.indexOf(c);
        int first = Math.max(0, at - span + 1);
        int last = Math.min(at, route.len - span);
        int from = first + rng.nextInt(last - first + 1);
        int keepFrom = from + rng.nextInt(length + 1);
        int[] victims = new int[length];
        int n = 0;
        for (int i = from; i < from + span; i++) {
            if (i < keepFrom || i >= keepFrom + kept) {
                victims[n++] = route.seq[i];
            }
        }
        for (int i = 0; i < n; i++) {
            out[count++] = victims[i];
            s.unplan(victims[i]);
        }
        return count;
    }
}

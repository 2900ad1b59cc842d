package dev.terrain.planner.internal;

/**
 * Decides the nights away: for every day that may end away, try switching the night on or off and
 * keep the switch when both affected days stay feasible and the cost drops.
 */
final class Nights {

    private final Model m;
    private final DaySimulator sim;
    private final Route keepDay;
    private final Route keepNext;
    final boolean any;
    /** The day the last {@link #flipRandom} asked to end away though it ends near home, or -1. */
    int opened = -1;

    Nights(Model m, DaySimulator sim) {
        this.m = m;
        this.sim = sim;
        boolean allowed = false;
        for (RouteSpec s : m.routes) {
            allowed |= s.nightAllowed;
        }
        this.any = allowed;
        this.keepDay = allowed ? new Route(m, 0) : null;
        this.keepNext = allowed ? new Route(m, 0) : null;
    }

    void improve(Solution s) {
        if (!any) {
            return;
        }
        for (int r = 0; r < s.routes.length; r++) {
            RouteSpec spec = m.routes[r];
            if (spec.nightAllowed && mayToggle(s, s.routes[r])) {
                tryToggle(s, r);
            }
        }
    }

    /**
     * Switches the night after a random eligible day, or opens one after a day that ends near home (part
     * of a ruin); returns whether one switched.
     */
    boolean flipRandom(Solution s, Rng rng) {
        opened = -1;
        if (!any) {
            return false;
        }
        int r = rng.nextInt(s.routes.length);
        Route route = s.routes[r];
        if (!m.routes[r].nightAllowed) {
            return false;
        }
        if (!mayToggle(s, route)) {
            return openNight(s, route, rng);
        }
        route.night = !route.night;
        s.refresh(r, sim);
        return true;
    }

    /**
     * Asks for a night away after a day that still ends near home: its last visits are taken out and the
     * day stays infeasible until recreate ends it far enough away (or the candidate is rejected). This is
     * how a search with no night finds the trips to far customers that need one.
     */
    private boolean openNight(Solution s, Route route, Rng rng) {
        if (route.night || route.len == 0 || nightsInWeek(s, route.s) >= route.s.maxNightsPerWeek) {
            return false;
        }
        int drop = 1 + rng.nextInt(Math.max(1, route.len / 2));
        for (int i = 0; i < drop; i++) {
            s.unplan(route.seq[route.len - 1]);
        }
        route.night = true;
        s.refresh(route.r, sim);
        opened = route.r;
        return true;
    }

    private boolean mayToggle(Solution s, Route route) {
        if (route.night) {
            return true;
        }
        RouteSpec spec = route.s;
        if (route.len == 0 || m.dist(route.lastPlace(), spec.endPlace) < spec.nightMinDistance - Model.EPS) {
            return false;
        }
        return nightsInWeek(s, spec) < spec.maxNightsPerWeek;
    }

    static int nightsInWeek(Solution s, RouteSpec spec) {
        int count = 0;
        for (Route other : s.routes) {
            if (other.night && other.s.resource == spec.resource && other.s.day / 7 == spec.day / 7) {
                count++;
            }
        }
        return count;
    }

    private void tryToggle(Solution s, int r) {
        Route day = s.routes[r];
        Route next = s.routes[day.s.next];
        double before = day.cost + next.cost + (day.night ? m.nightCost : 0);
        keepDay.copyFrom(day);
        keepNext.copyFrom(next);
        day.night = !day.night;
        s.refresh(r, sim);
        double after = day.cost + next.cost + (day.night ? m.nightCost : 0);
        boolean feasibleBefore = keepDay.feasible && keepNext.feasible;
        boolean feasibleAfter = day.feasible && next.feasible;
        boolean better = feasibleAfter && (!feasibleBefore || after < before - Model.EPS);
        if (!better) {
            day.copyFrom(keepDay);
            next.copyFrom(keepNext);
        }
    }
}

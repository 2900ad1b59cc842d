package dev.terrain.planner.internal;

import dev.terrain.planner.DayRoute;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Stop;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A previous plan laid onto a problem that may have changed since: per route (resource and day), the visits it
 * held in their order and whether its night was spent away. What no longer fits the problem is left out here:
 * routes of resources or days the problem no longer has, visits it no longer has or that may no longer be made on
 * that day, a visit listed twice, a night away where the policy no longer allows one. Whether the days still fit
 * their times is for {@link Search#construct(StartingPlan)} to find out.
 */
final class StartingPlan {

    final int[][] visits;
    final boolean[] night;

    private StartingPlan(int[][] visits, boolean[] night) {
        this.visits = visits;
        this.night = night;
    }

    static StartingPlan of(Model m, Plan plan) {
        Map<String, Integer> visitIndex = new HashMap<>();
        for (int v = 0; v < m.visits; v++) {
            visitIndex.put(m.visitId[v], v);
        }
        Map<String, Integer> routeIndex = new HashMap<>();
        for (int r = 0; r < m.routes.length; r++) {
            routeIndex.put(key(m.routes[r].resourceId, m.routes[r].day), r);
        }
        int[][] visits = new int[m.routes.length][0];
        boolean[] night = new boolean[m.routes.length];
        boolean[] taken = new boolean[m.visits];
        for (DayRoute day : plan.routes()) {
            Integer r = routeIndex.get(key(day.resourceId(), day.day()));
            if (r == null) {
                continue;
            }
            int[] kept = new int[day.stops().size()];
            int count = 0;
            for (Stop stop : day.stops()) {
                Integer v = visitIndex.get(stop.visitId());
                if (v != null && !taken[v] && m.allowed(v, r)) {
                    taken[v] = true;
                    kept[count++] = v;
                }
            }
            visits[r] = Arrays.copyOf(kept, count);
            night[r] = day.overnight() != null && m.routes[r].nightAllowed;
        }
        return new StartingPlan(visits, night);
    }

    private static String key(String resourceId, int day) {
        return resourceId + '\u0000' + day;
    }
}

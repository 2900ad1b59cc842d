package dev.terrain.planner.internal;

import dev.terrain.planner.UnplannedReason;
import dev.terrain.planner.UnplannedVisit;

import java.util.ArrayList;
import java.util.List;

/** Explains each unplanned visit by trying it at every position of the final plan. */
final class ReasonFinder {

    private final Model m;
    private final Recreate probe;

    ReasonFinder(Model m, DaySimulator sim) {
        this.m = m;
        this.probe = new Recreate(m, sim);
        this.probe.explain = true;
    }

    List<UnplannedVisit> explain(Solution s) {
        List<UnplannedVisit> result = new ArrayList<>();
        for (int v = 0; v < m.visits; v++) {
            if (s.routeOf[v] < 0) {
                result.add(new UnplannedVisit(m.visitId[v], m.mandatory[v], reason(s, v)));
            }
        }
        return result;
    }

    private UnplannedReason reason(Solution s, int v) {
        boolean anyDay = false;
        for (int r = 0; r < m.routes.length; r++) {
            anyDay |= m.allowed(v, r);
        }
        if (!anyDay) {
            return UnplannedReason.CLOSED_ON_ALL_DAYS;
        }
        probe.findBest(s, v, null, 0);
        return switch (probe.closestFail) {
            case Fail.FITS -> probe.worthIt(v, probe.bestDelta)
                    ? UnplannedReason.NOT_REACHED : UnplannedReason.NOT_WORTH_THE_DETOUR;
            case Fail.CAPACITY -> UnplannedReason.NO_CAPACITY;
            case Fail.LIMITS -> UnplannedReason.TOO_MUCH_WORK;
            default -> UnplannedReason.NO_WINDOW_FITS;
        };
    }
}

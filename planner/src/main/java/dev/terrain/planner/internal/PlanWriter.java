package dev.terrain.planner.internal;

import dev.terrain.planner.DayRoute;
import dev.terrain.planner.DayTotals;
import dev.terrain.planner.Leg;
import dev.terrain.planner.OvernightStay;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Score;
import dev.terrain.planner.Stop;
import dev.terrain.planner.TakenBreak;
import dev.terrain.planner.UnplannedVisit;

import java.util.ArrayList;
import java.util.List;

/** Turns a solution into the public {@link Plan}, with times from the reference simulation. */
final class PlanWriter {

    private final Model m;
    private final DaySimulator sim;

    PlanWriter(Model m) {
        this.m = m;
        this.sim = new DaySimulator(m);
    }

    Plan write(Solution s, long iterations) {
        List<DayRoute> routes = new ArrayList<>();
        DayTotals totals = DayTotals.zero();
        for (Route route : s.routes) {
            DayRoute day = day(route);
            routes.add(day);
            totals = totals.plus(day.totals());
        }
        List<UnplannedVisit> unplanned = new ReasonFinder(m, sim).explain(s);
        int hard = s.hard + countInfeasible(s);
        return new Plan(routes, unplanned, totals, new Score(hard, s.value, s.cost), iterations);
    }

    private int countInfeasible(Solution s) {
        int count = 0;
        for (Route route : s.routes) {
            count += route.feasible ? 0 : 1;
        }
        return count;
    }

    private DayRoute day(Route route) {
        RouteSpec spec = route.s;
        sim.run(route.r, route.startPlace, route.night, route.seq, route.len);
        List<Stop> stops = new ArrayList<>();
        int from = route.startPlace;
        double value = 0;
        for (int i = 0; i < route.len; i++) {
            int v = route.seq[i];
            int to = m.place[v];
            stops.add(new Stop(m.visitId[v], m.originalPlace[to], leg(from, to), sim.arrival[i], sim.idle[i],
                    sim.start[i], sim.start[i] + m.service[v], m.value[v]));
            value += m.value[v];
            from = to;
        }
        List<TakenBreak> breaks = new ArrayList<>();
        for (int b = 0; b < sim.breaksTaken; b++) {
            breaks.add(new TakenBreak(sim.breakAfter[b], sim.breakStart[b], sim.breakStart[b] + spec.breakDuration[b]));
        }
        Leg back = route.night ? null : leg(from, spec.endPlace);
        OvernightStay stay = route.night ? new OvernightStay(m.originalPlace[from], m.nightCost) : null;
        double cost = sim.cost + (route.night ? m.nightCost : 0);
        DayTotals totals = new DayTotals(route.len, value, sim.drive, sim.distance, sim.working, sim.waiting,
                sim.overtime, route.night ? 1 : 0, cost);
        return new DayRoute(spec.resourceId, spec.day, m.originalPlace[route.startPlace], sim.departure, stops,
                breaks, back, sim.end, stay, totals);
    }

    private Leg leg(int from, int to) {
        return new Leg(m.originalPlace[from], m.originalPlace[to], m.time(from, to), m.dist(from, to));
    }
}

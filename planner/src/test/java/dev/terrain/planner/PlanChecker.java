package dev.terrain.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a plan against every hard rule from the problem alone, independently of the planner's code. */
final class PlanChecker {

    private static final double EPS = 1e-6;

    private final PlanningProblem problem;
    private final List<String> violations = new ArrayList<>();

    private PlanChecker(PlanningProblem problem) {
        this.problem = problem;
    }

    static List<String> violations(PlanningProblem problem, Plan plan) {
        PlanChecker c = new PlanChecker(problem);
        c.check(plan);
        return c.violations;
    }

    private void check(Plan plan) {
        Map<String, Visit> visits = new HashMap<>();
        problem.visits().forEach(v -> visits.put(v.id(), v));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> nightStays = new HashMap<>();
        Map<String, Integer> nightPlace = new HashMap<>();
        for (DayRoute route : plan.routes()) {
            Resource resource = problem.resources().stream().filter(r -> r.id().equals(route.resourceId())).findFirst().orElseThrow();
            WorkDay day = resource.days().stream().filter(d -> d.day() == route.day()).findFirst().orElseThrow();
            String key = route.resourceId() + "@" + route.day();
            Integer expectedStart = nightPlace.getOrDefault(route.resourceId() + "@" + (route.day() - 1), day.startPlace());
            expect(route.startPlace() == expectedStart, key + " starts at " + route.startPlace() + " not " + expectedStart);
            checkRoute(route, day, resource, visits, seen, key);
            if (route.overnight() != null) {
                int place = route.overnight().place();
                nightPlace.put(key, place);
                nightStays.merge(route.resourceId() + "#" + route.day() / 7, 1, Integer::sum);
                expect(resource.overnight().allowsAfter(route.day()), key + " night on a day the policy forbids");
                expect(problem.travel().distance(place, day.endPlace()) >= resource.overnight().minDistanceFromHome() - EPS,
                        key + " night too close to home");
                expect(!route.stops().isEmpty() && route.stops().get(route.stops().size() - 1).place() == place,
                        key + " night not at the last visit");
                expect(nightStays.get(route.resourceId() + "#" + route.day() / 7) <= resource.overnight().maxNightsPerWeek(),
                        key + " too many nights in the week");
            }
        }
        for (Visit v : problem.visits()) {
            if (v.mandatory() && !seen.contains(v.id())) {
                expect(plan.score().hardViolations() > 0, "mandatory " + v.id() + " unplanned but the score claims feasibility");
            }
            expect(seen.contains(v.id()) != plan.unplanned().stream().anyMatch(u -> u.visitId().equals(v.id())),
                    v.id() + " must be either planned or listed as unplanned");
        }
    }

    private void checkRoute(DayRoute route, WorkDay day, Resource resource, Map<String, Visit> visits, Set<String> seen, String key) {
        expect(route.departure() >= day.shiftStart() - EPS, key + " departs before the shift");
        double t = route.departure();
        int from = route.startPlace();
        double load = 0;
        double driving = 0;
        List<TakenBreak> breaks = route.breaks();
        for (int i = 0; i < route.stops().size(); i++) {
            Stop stop = route.stops().get(i);
            Visit visit = visits.get(stop.visitId());
            expect(seen.add(stop.visitId()), stop.visitId() + " planned twice");
            expect(stop.place() == visit.place(), stop.visitId() + " at the wrong place");
            double travel = problem.travel().time(from, stop.place());
            driving += travel;
            expect(Math.abs(stop.legIn().time() - travel) < EPS, stop.visitId() + " leg time differs from the travel model");
            double breakTime = breakTimeBetween(breaks, t, stop.start());
            expect(stop.start() >= t + travel + breakTime - EPS, stop.visitId() + " starts before it can be reached");
            expect(stop.arrival() <= stop.start() + EPS, stop.visitId() + " starts before arrival");
            expect(visit.windowsOn(route.day()).stream().anyMatch(w -> stop.start() >= w.start() - EPS && stop.start() <= w.end() + EPS),
                    stop.visitId() + " starts outside its windows on day " + route.day());
            expect(Math.abs(stop.end() - stop.start() - visit.duration()) < EPS, stop.visitId() + " service time wrong");
            if (visit.pin() != null) {
                expect(visit.pin().resourceId() == null || visit.pin().resourceId().equals(route.resourceId()),
                        stop.visitId() + " pinned to another resource");
            }
            load += visit.demand();
            t = stop.end();
            from = stop.place();
        }
        double backTravel = route.overnight() == null ? problem.travel().time(from, day.endPlace()) : 0;
        driving += backTravel;
        double breakTime = breakTimeBetween(breaks, t, route.returnTime());
        expect(route.returnTime() >= t + backTravel + breakTime - EPS, key + " returns too early");
        expect(route.returnTime() <= day.shiftEnd() + day.maxOvertime() + EPS, key + " returns after the shift and overtime");
        expect(load <= resource.capacity() + EPS, key + " over capacity");
        expect(driving <= day.maxDrivingTime() + EPS, key + " drives too long");
        double breakSum = breaks.stream().mapToDouble(b -> b.end() - b.start()).sum();
        expect(route.returnTime() - route.departure() - breakSum <= day.maxWorkingTime() + EPS, key + " works too long");
        checkBreaks(route, day, key);
    }

    private void checkBreaks(DayRoute route, WorkDay day, String key) {
        List<TakenBreak> breaks = route.breaks();
        for (int b = 0; b < day.breaks().size(); b++) {
            BreakRule rule = day.breaks().get(b);
            if (b >= breaks.size()) {
                expect(route.returnTime() <= rule.latestStart() + EPS, key + " misses break " + b);
                continue;
            }
            TakenBreak taken = breaks.get(b);
            expect(taken.start() >= rule.earliestStart() - EPS && taken.start() <= rule.latestStart() + EPS,
                    key + " break " + b + " outside its window");
            expect(Math.abs(taken.end() - taken.start() - rule.duration()) < EPS, key + " break " + b + " has the wrong length");
            for (Stop stop : route.stops()) {
                expect(taken.end() <= stop.start() + EPS || taken.start() >= stop.end() - EPS,
                        key + " break " + b + " overlaps " + stop.visitId());
            }
        }
    }

    private static double breakTimeBetween(List<TakenBreak> breaks, double from, double to) {
        double sum = 0;
        for (TakenBreak b : breaks) {
            if (b.start() >= from - EPS && b.end() <= to + EPS) {
                sum += b.end() - b.start();
            }
        }
        return sum;
    }

    private void expect(boolean ok, String message) {
        if (!ok) {
            violations.add(message);
        }
    }
}

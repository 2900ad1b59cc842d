package dev.terrain.planner.bench;

import dev.terrain.planner.BreakRule;
import dev.terrain.planner.DayRoute;
import dev.terrain.planner.Pin;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Stop;
import dev.terrain.planner.TakenBreak;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.TravelModel;
import dev.terrain.planner.Visit;
import dev.terrain.planner.WorkDay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a plan of the rep's week against the fixture's rules without the engine's evaluation: each
 * visit at most once and every appointment at its day and time, service starting inside a window of the
 * day, travel time respected between stops, shift start and end (with allowed overtime), the lunch break
 * inside its window and clear of visits, nights away only where the policy allows them.
 */
public final class WeekPlanCheck {

    private static final double TOLERANCE = 1e-6;

    private WeekPlanCheck() {
    }

    /** The broken rules, empty when the plan keeps them all. */
    public static List<String> violations(RepWeekFixture week, Plan plan) {
        TravelModel travel = week.problem().travel();
        Map<String, Visit> visits = week.visits().stream().collect(Collectors.toMap(Visit::id, Function.identity()));
        Map<Integer, WorkDay> days = week.rep().days().stream().collect(Collectors.toMap(WorkDay::day, Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> dayOf = new HashMap<>();
        Map<String, Double> startOf = new HashMap<>();
        int nights = 0;
        int place = -1;
        for (DayRoute route : plan.routes().stream().sorted((a, b) -> Integer.compare(a.day(), b.day())).toList()) {
            WorkDay day = days.get(route.day());
            if (day == null || !route.resourceId().equals(RepWeekFixture.REP)) {
                problems.add("route of " + route.resourceId() + " on day " + route.day() + " is not a working day of the rep");
                continue;
            }
            int expectedStart = place < 0 ? day.startPlace() : place;
            if (route.startPlace() != expectedStart) {
                problems.add("day " + route.day() + " starts at place " + route.startPlace() + ", expected " + expectedStart);
            }
            if (route.departure() < day.shiftStart() - TOLERANCE) {
                problems.add("day " + route.day() + " departs before the shift starts");
            }
            double free = route.departure();
            int at = route.startPlace();
            for (Stop stop : route.stops()) {
                Visit visit = visits.get(stop.visitId());
                if (visit == null) {
                    problems.add("day " + route.day() + " visits unknown " + stop.visitId());
                    continue;
                }
                if (!seen.add(visit.id())) {
                    problems.add(visit.id() + " is visited twice");
                }
                dayOf.put(visit.id(), route.day());
                startOf.put(visit.id(), stop.start());
                if (stop.arrival() < free + travel.time(at, visit.place()) - TOLERANCE) {
                    problems.add(visit.id() + " on day " + route.day() + " is reached faster than the drive allows");
                }
                if (stop.start() < stop.arrival() - TOLERANCE || Math.abs(stop.end() - stop.start() - visit.duration()) > TOLERANCE) {
                    problems.add(visit.id() + " on day " + route.day() + " has inconsistent arrival, start and end");
                }
                if (!inside(stop.start(), visit.windowsOn(route.day()))) {
                    problems.add(visit.id() + " starts at " + clock(stop.start()) + " on day " + route.day() + ", outside its windows");
                }
                free = stop.end();
                at = visit.place();
            }
            checkBreaks(route, day, problems);
            if (route.overnight() == null) {
                if (!route.isEmpty() && route.returnTime() < free + travel.time(at, day.endPlace()) - TOLERANCE) {
                    problems.add("day " + route.day() + " is back home faster than the drive allows");
                }
                if (route.returnTime() > day.shiftEnd() + day.maxOvertime() + TOLERANCE) {
                    problems.add("day " + route.day() + " ends at " + clock(route.returnTime()) + ", past the shift and its overtime");
                }
                place = -1;
            } else {
                nights++;
                if (!week.rep().overnight().allowsAfter(route.day())) {
                    problems.add("night away after day " + route.day() + " is not allowed");
                }
                place = route.overnight().place();
            }
        }
        if (nights > week.rep().overnight().maxNightsPerWeek()) {
            problems.add(nights + " nights away, more than " + week.rep().overnight().maxNightsPerWeek());
        }
        week.appointments().forEach((id, pin) -> checkAppointment(id, pin, dayOf, startOf, problems));
        return problems;
    }

    private static void checkAppointment(String id, Pin pin, Map<String, Integer> dayOf, Map<String, Double> startOf,
                                         List<String> problems) {
        if (!dayOf.containsKey(id)) {
            problems.add("appointment " + id + " is not planned");
        } else if (dayOf.get(id) != pin.day() || !inside(startOf.get(id), List.of(pin.window()))) {
            problems.add("appointment " + id + " is planned on day " + dayOf.get(id) + " at " + clock(startOf.get(id))
                    + " instead of day " + pin.day() + " at " + clock(pin.window().start()));
        }
    }

    /** A day that runs past the break's latest start takes each break in its window, clear of any service. */
    private static void checkBreaks(DayRoute route, WorkDay day, List<String> problems) {
        double lastActivity = route.overnight() == null ? route.returnTime()
                : route.stops().isEmpty() ? route.departure() : route.stops().get(route.stops().size() - 1).end();
        for (BreakRule rule : day.breaks()) {
            boolean needed = !route.isEmpty() && lastActivity > rule.latestStart() + TOLERANCE;
            TakenBreak taken = route.breaks().stream()
                    .filter(b -> b.start() >= rule.earliestStart() - TOLERANCE && b.start() <= rule.latestStart() + TOLERANCE
                            && b.end() - b.start() >= rule.duration() - TOLERANCE)
                    .findFirst().orElse(null);
            if (needed && taken == null) {
                problems.add("day " + route.day() + " has no break starting between " + clock(rule.earliestStart())
                        + " and " + clock(rule.latestStart()));
            }
        }
        for (TakenBreak b : route.breaks()) {
            for (Stop stop : route.stops()) {
                if (b.start() < stop.end() - TOLERANCE && stop.start() < b.end() - TOLERANCE) {
                    problems.add("day " + route.day() + ": break at " + clock(b.start()) + " overlaps " + stop.visitId());
                }
            }
        }
    }

    private static boolean inside(double t, List<TimeWindow> windows) {
        return windows.stream().anyMatch(w -> t >= w.start() - TOLERANCE && t <= w.end() + TOLERANCE);
    }

    static String clock(double seconds) {
        long minutes = Math.round(seconds / 60);
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}

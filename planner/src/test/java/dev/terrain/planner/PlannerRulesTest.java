package dev.terrain.planner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.terrain.planner.Line.reason;
import static dev.terrain.planner.Line.routeOf;
import static dev.terrain.planner.Line.solve;
import static dev.terrain.planner.Line.stop;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of the planner (see the table in planner/README.md). Places lie on a line. */
class PlannerRulesTest {

    private static final TravelModel ROAD = Line.of(0, 10, 20, 30, 40, 200, 210);

    private static Visit visit(String id, int place, double value) {
        return Visit.optional(id, place, 10, value);
    }

    // ---- hard rules ----

    @Test
    void timeWindow() {
        Visit a = visit("a", 1, 5).withWindows(List.of(new TimeWindow(100, 120)));
        Plan plan = solve(Line.problem(ROAD, Line.days(1, 500), List.of(a)));
        Stop s = stop(plan, "a");
        assertThat(s.start()).isBetween(100.0, 120.0);
        assertThat(s.waiting()).isEqualTo(s.start() - s.arrival());
    }

    @Test
    void severalWindowsPerDay() {
        Visit a = visit("a", 1, 5).withWindows(List.of(new TimeWindow(0, 5), new TimeWindow(200, 220)));
        Plan plan = solve(Line.problem(ROAD, Line.days(1, 500), List.of(a)));
        assertThat(stop(plan, "a").start()).isBetween(200.0, 220.0);
    }

    @Test
    void closingDay() {
        Visit a = visit("a", 1, 5).withWindowsOn(0, List.of());
        Plan plan = solve(Line.problem(ROAD, Line.days(2, 500), List.of(a)));
        assertThat(routeOf(plan, "a").day()).isEqualTo(1);
        Plan closed = solve(Line.problem(ROAD, Line.days(1, 500), List.of(a)));
        assertThat(reason(closed, "a")).isEqualTo(UnplannedReason.CLOSED_ON_ALL_DAYS);
    }

    @Test
    void allowedDays() {
        Visit a = visit("a", 1, 5).withAllowedDays(Set.of(2));
        Plan plan = solve(Line.problem(ROAD, Line.days(3, 500), List.of(a)));
        assertThat(routeOf(plan, "a").day()).isEqualTo(2);
    }

    @Test
    void shift() {
        WorkDay day = new WorkDay(0, 50, 150, 0, 0, List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
        Visit near = visit("near", 2, 5);
        Visit far = visit("far", 5, 5);
        Plan plan = solve(Line.problem(ROAD, List.of(day), List.of(near, far)));
        DayRoute route = routeOf(plan, "near");
        assertThat(route.departure()).isGreaterThanOrEqualTo(50);
        assertThat(route.returnTime()).isLessThanOrEqualTo(150);
        assertThat(reason(plan, "far")).isEqualTo(UnplannedReason.NO_WINDOW_FITS);
    }

    @Test
    void breakIsTakenInItsWindowBetweenVisits() {
        WorkDay day = WorkDay.simple(0, 0, 500, 0).withBreaks(List.of(new BreakRule(30, 40, 30)));
        List<Visit> visits = List.of(visit("a", 1, 5), visit("b", 2, 5), visit("c", 3, 5), visit("d", 4, 5));
        Plan plan = solve(Line.problem(ROAD, List.of(day), visits));
        DayRoute route = plan.routes().get(0);
        assertThat(route.stops()).hasSize(4);
        assertThat(route.breaks()).hasSize(1);
        TakenBreak taken = route.breaks().get(0);
        assertThat(taken.start()).isBetween(30.0, 40.0);
        assertThat(taken.end() - taken.start()).isEqualTo(30);
        for (Stop s : route.stops()) {
            assertThat(taken.end() <= s.start() || taken.start() >= s.end()).isTrue();
        }
        assertThat(route.returnTime()).isEqualTo(80 + 40 + 30);
    }

    @Test
    void breakIsAbsorbedByWaiting() {
        WorkDay day = WorkDay.simple(0, 0, 500, 0).withBreaks(List.of(new BreakRule(20, 60, 30)));
        Visit a = visit("a", 1, 5).withWindows(List.of(new TimeWindow(100, 110)));
        Plan plan = solve(Line.problem(ROAD, List.of(day), List.of(a)));
        DayRoute route = plan.routes().get(0);
        assertThat(route.breaks()).hasSize(1);
        assertThat(stop(plan, "a").start()).isEqualTo(100);
        assertThat(route.returnTime()).isEqualTo(120);
    }

    @Test
    void maxWorkingTime() {
        WorkDay day = WorkDay.simple(0, 0, 500, 0).withLimits(70, Double.POSITIVE_INFINITY, 0);
        List<Visit> visits = List.of(visit("a", 1, 5), visit("b", 2, 5), visit("c", 3, 1));
        Plan plan = solve(Line.problem(ROAD, List.of(day), visits));
        assertThat(plan.routes().get(0).totals().workingTime()).isLessThanOrEqualTo(70);
        assertThat(plan.unplanned()).extracting(UnplannedVisit::visitId).containsExactly("c");
        assertThat(reason(plan, "c")).isEqualTo(UnplannedReason.TOO_MUCH_WORK);
    }

    @Test
    void maxDrivingTime() {
        WorkDay day = WorkDay.simple(0, 0, 500, 0).withLimits(Double.POSITIVE_INFINITY, 50, 0);
        List<Visit> visits = List.of(visit("a", 1, 5), visit("b", 2, 5), visit("c", 3, 1));
        Plan plan = solve(Line.problem(ROAD, List.of(day), visits));
        assertThat(plan.routes().get(0).totals().drivingTime()).isLessThanOrEqualTo(50);
        assertThat(reason(plan, "c")).isEqualTo(UnplannedReason.TOO_MUCH_WORK);
    }

    @Test
    void overtimeLimit() {
        WorkDay day = WorkDay.simple(0, 0, 100, 0).withLimits(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 30);
        List<Visit> visits = List.of(visit("a", 4, 5), visit("b", 3, 5), visit("far", 5, 5));
        Plan plan = solve(Line.problem(ROAD, List.of(day), visits));
        DayRoute route = plan.routes().get(0);
        assertThat(route.stops()).hasSize(2);
        assertThat(route.returnTime()).isEqualTo(100);
        assertThat(reason(plan, "far")).isEqualTo(UnplannedReason.NO_WINDOW_FITS);
        List<Visit> more = List.of(visit("a", 4, 5), visit("b", 3, 5), visit("c", 2, 5));
        Plan withOvertime = solve(Line.problem(ROAD, List.of(day), more));
        assertThat(withOvertime.routes().get(0).stops()).hasSize(3);
        assertThat(withOvertime.routes().get(0).totals().overtime()).isEqualTo(10);
    }

    @Test
    void capacity() {
        Resource van = new Resource("van", 10, Line.days(1, 500), OvernightPolicy.never());
        List<Visit> visits = List.of(visit("a", 1, 5).withDemand(6), visit("b", 2, 3).withDemand(6), visit("c", 3, 1).withDemand(4));
        Plan plan = solve(new PlanningProblem(ROAD, List.of(van), visits, CostWeights.distanceOnly()));
        assertThat(plan.routes().get(0).stops()).extracting(Stop::visitId).containsExactlyInAnyOrder("a", "c");
        assertThat(reason(plan, "b")).isEqualTo(UnplannedReason.NO_CAPACITY);
    }

    @Test
    void pinnedAppointment() {
        Visit meeting = visit("meeting", 2, 0).pinnedTo(new Pin(1, new TimeWindow(300, 305), "bea"));
        Resource ann = Resource.of("ann", Line.days(2, 500));
        Resource bea = Resource.of("bea", Line.days(2, 500));
        Plan plan = solve(new PlanningProblem(ROAD, List.of(ann, bea), List.of(meeting), CostWeights.distanceOnly()));
        DayRoute route = routeOf(plan, "meeting");
        assertThat(route.resourceId()).isEqualTo("bea");
        assertThat(route.day()).isEqualTo(1);
        assertThat(stop(plan, "meeting").start()).isBetween(300.0, 305.0);
    }

    @Test
    void mandatoryVisit() {
        Visit dull = Visit.mandatory("dull", 5, 10);
        Plan plan = solve(Line.problem(ROAD, Line.days(1, 500), List.of(dull)));
        assertThat(plan.score().hardViolations()).isZero();
        assertThat(routeOf(plan, "dull").day()).isZero();
        Plan impossible = solve(Line.problem(ROAD, Line.days(1, 300), List.of(dull)));
        assertThat(impossible.score().hardViolations()).isEqualTo(1);
        assertThat(impossible.unplanned()).containsExactly(new UnplannedVisit("dull", true, UnplannedReason.NO_WINDOW_FITS));
    }

    @Test
    void maxNightsPerWeek() {
        OvernightPolicy policy = new OvernightPolicy(Set.of(0, 1, 2, 3, 4), 100, 1);
        Plan plan = solve(farWeek(policy, 1));
        assertThat(plan.routes().stream().filter(r -> r.overnight() != null)).hasSize(1);
    }

    @Test
    void nightsOnlyOnAllowedWeekdays() {
        OvernightPolicy policy = new OvernightPolicy(Set.of(1), 100, 5);
        Plan plan = solve(farWeek(policy, 1));
        assertThat(plan.routes().stream().filter(r -> r.overnight() != null)).extracting(DayRoute::day).containsOnly(1);
    }

    @Test
    void nightsOnlyFarFromHome() {
        OvernightPolicy policy = new OvernightPolicy(Set.of(0, 1, 2, 3, 4), 500, 5);
        Plan plan = solve(farWeek(policy, 1));
        assertThat(plan.routes()).allMatch(r -> r.overnight() == null);
    }

    // ---- soft rules ----

    @Test
    void valueComesBeforeCost() {
        WorkDay day = WorkDay.simple(0, 0, 120, 0);
        Plan plan = solve(Line.problem(ROAD, List.of(day), List.of(visit("cheap", 1, 1), visit("dear", 4, 2).withWindows(List.of(new TimeWindow(40, 40))),
                visit("cheap2", 1, 1).withWindows(List.of(new TimeWindow(40, 40))))));
        assertThat(plan.score().value()).isEqualTo(3);
        assertThat(routeOf(plan, "dear").day()).isZero();
    }

    @Test
    void drivingTimeAndDistance() {
        List<Visit> visits = List.of(visit("c", 3, 1), visit("a", 1, 1), visit("d", 4, 1), visit("b", 2, 1));
        PlanningProblem problem = new PlanningProblem(ROAD, List.of(Resource.of("rep", Line.days(1, 500))), visits,
                CostWeights.of(1, 1, 0, 0));
        Plan plan = solve(problem);
        assertThat(plan.totals().distance()).isEqualTo(80);
        assertThat(plan.score().cost()).isEqualTo(160);
    }

    @Test
    void nightAwayWhenCheaperThanDrivingHome() {
        OvernightPolicy policy = new OvernightPolicy(Set.of(0, 1, 2, 3, 4), 100, 5);
        Plan plan = solve(farWeek(policy, 1));
        DayRoute first = plan.routes().get(0);
        assertThat(first.overnight()).isNotNull();
        assertThat(first.returnLeg()).isNull();
        assertThat(plan.routes().get(1).startPlace()).isEqualTo(first.overnight().place());
        Plan dear = solve(farWeek(policy, 1000));
        assertThat(dear.routes()).allMatch(r -> r.overnight() == null);
    }

    @Test
    void overtimeCost() {
        WorkDay day = WorkDay.simple(0, 0, 100, 0).withLimits(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 50);
        List<Visit> visits = List.of(visit("a", 4, 5), visit("b", 3, 5), visit("c", 2, 5));
        CostWeights dearOvertime = new CostWeights(0, 1, 0, 100, 10);
        Plan plan = Planner.solve(new PlanningProblem(ROAD, List.of(Resource.of("rep", List.of(day))), visits, dearOvertime),
                SolverSettings.forIterations(2000));
        assertThat(plan.routes().get(0).totals().overtime()).isZero();
        assertThat(plan.unplanned()).hasSize(1);
        CostWeights cheapOvertime = new CostWeights(0, 1, 0, 0.01, 10);
        Plan cheap = Planner.solve(new PlanningProblem(ROAD, List.of(Resource.of("rep", List.of(day))), visits, cheapOvertime),
                SolverSettings.forIterations(2000));
        assertThat(cheap.routes().get(0).totals().overtime()).isEqualTo(10);
        assertThat(cheap.score().cost()).isEqualTo(80 + 0.1);
    }

    @Test
    void notWorthTheDetour() {
        CostWeights traded = CostWeights.distanceOnly().tradingValueAt(10);
        List<Visit> visits = List.of(visit("near", 1, 5), visit("remote", 5, 3));
        Plan plan = Planner.solve(new PlanningProblem(ROAD, List.of(Resource.of("rep", Line.days(1, 1000))), visits, traded),
                SolverSettings.forIterations(500));
        assertThat(routeOf(plan, "near").day()).isZero();
        assertThat(reason(plan, "remote")).isEqualTo(UnplannedReason.NOT_WORTH_THE_DETOUR);
    }

    /**
     * Three days; valuable visits at 200 and 210 (far away) with service 200 each, one per day; home at 0.
     * A night away saves driving 2 x 200.
     */
    private static PlanningProblem farWeek(OvernightPolicy policy, double nightCost) {
        List<Visit> visits = List.of(
                Visit.optional("x", 5, 200, 10).withAllowedDays(Set.of(0)),
                Visit.optional("y", 6, 200, 10).withAllowedDays(Set.of(1)),
                Visit.optional("z", 5, 200, 10).withAllowedDays(Set.of(2)));
        Resource rep = new Resource("rep", Double.POSITIVE_INFINITY, Line.days(3, 1000), policy);
        return new PlanningProblem(ROAD, List.of(rep), visits, CostWeights.of(0, 1, nightCost, 0));
    }
}

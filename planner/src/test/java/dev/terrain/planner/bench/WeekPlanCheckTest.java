package dev.terrain.planner.bench;

import dev.terrain.planner.DayRoute;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.Stop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class WeekPlanCheckTest {

    private static RepWeekFixture week;
    private static Plan plan;

    @BeforeAll
    static void solveBriefly() {
        week = RepWeekFixture.create(1);
        plan = Planner.solve(week.problem(), SolverSettings.forIterations(5).withSeed(1));
    }

    @Test
    void acceptsThePlannersPlan() {
        assertThat(WeekPlanCheck.violations(week, plan)).isEmpty();
    }

    @Test
    void noticesAnAppointmentMovedByAnHour() {
        String appointment = week.appointments().keySet().iterator().next();

        Plan moved = changeRoutes(route -> withStops(route, route.stops().stream()
                .map(s -> s.visitId().equals(appointment) ? shifted(s, 3600) : s).toList()));

        assertThat(WeekPlanCheck.violations(week, moved)).anyMatch(v -> v.startsWith("appointment " + appointment));
    }

    @Test
    void noticesAVisitPlannedTwice() {
        DayRoute busy = plan.routes().stream().filter(r -> !r.isEmpty()).findFirst().orElseThrow();
        Stop first = busy.stops().get(0);

        Plan doubled = changeRoutes(route -> {
            if (route == busy || route.isEmpty()) {
                return route;
            }
            List<Stop> stops = new ArrayList<>(route.stops());
            stops.add(first);
            return withStops(route, stops);
        });

        assertThat(WeekPlanCheck.violations(week, doubled)).anyMatch(v -> v.equals(first.visitId() + " is visited twice"));
    }

    @Test
    void noticesAMissingLunchBreak() {
        Plan noLunch = changeRoutes(route -> new DayRoute(route.resourceId(), route.day(), route.startPlace(),
                route.departure(), route.stops(), List.of(), route.returnLeg(), route.returnTime(), route.overnight(),
                route.totals()));

        assertThat(WeekPlanCheck.violations(week, noLunch)).anyMatch(v -> v.contains("has no break"));
    }

    private static Plan changeRoutes(UnaryOperator<DayRoute> change) {
        return new Plan(plan.routes().stream().map(change).toList(), plan.unplanned(), plan.totals(), plan.score(),
                plan.iterations());
    }

    private static DayRoute withStops(DayRoute route, List<Stop> stops) {
        return new DayRoute(route.resourceId(), route.day(), route.startPlace(), route.departure(), stops,
                route.breaks(), route.returnLeg(), route.returnTime(), route.overnight(), route.totals());
    }

    private static Stop shifted(Stop stop, double seconds) {
        return new Stop(stop.visitId(), stop.place(), stop.legIn(), stop.arrival() + seconds, 0,
                stop.start() + seconds, stop.end() + seconds, stop.value());
    }
}

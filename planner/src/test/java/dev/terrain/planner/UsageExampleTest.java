package dev.terrain.planner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of planner/README.md, kept compiling and working. */
class UsageExampleTest {

    @Test
    void readmeExamplePlansTheShopInAWindowAroundTheBreak() {
        List<GeoPoint> places = List.of(new GeoPoint(48.85, 2.35), new GeoPoint(48.86, 2.36), new GeoPoint(48.87, 2.30),
                new GeoPoint(48.80, 2.40), new GeoPoint(48.90, 2.25), new GeoPoint(48.95, 2.50));
        TravelModel travel = StraightLineTravelModel.withDefaults(places);
        WorkDay monday = new WorkDay(0, 8 * 3600, 17 * 3600, 0, 0,
                List.of(new BreakRule(12 * 3600, 13 * 3600, 1800)),
                9 * 3600, 5 * 3600, 3600);
        Resource ann = new Resource("ann", Double.POSITIVE_INFINITY, List.of(monday), OvernightPolicy.never());
        Visit shop = Visit.optional("shop-17", 5, 45 * 60, 12.0)
                .withWindows(List.of(new TimeWindow(9 * 3600, 12 * 3600), new TimeWindow(14 * 3600, 17 * 3600)));
        PlanningProblem problem = new PlanningProblem(travel, List.of(ann), List.of(shop), CostWeights.of(0.01, 0.0005, 90, 0.02));
        Plan plan = Planner.solve(problem, SolverSettings.forTime(Duration.ofMillis(300)));

        Stop stop = plan.routes().get(0).stops().get(0);
        assertThat(stop.visitId()).isEqualTo("shop-17");
        assertThat(stop.start()).isBetween(9 * 3600.0, 12 * 3600.0);
        assertThat(plan.routes().get(0).breaks()).isEmpty();
        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
    }
}

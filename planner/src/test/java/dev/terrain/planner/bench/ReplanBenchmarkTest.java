package dev.terrain.planner.bench;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.Stop;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplanBenchmarkTest {

    private static final PlanningProblem WEEK = RepWeekFixture.create(1).problem();
    private static final Plan PLAN = Planner.solve(WEEK, SolverSettings.forIterations(3_000).withSeed(1));

    @Test
    void theChangeCancelsTheMostValuableVisitOfTheDay() {
        ReplanBenchmark.Cancellation change = ReplanBenchmark.cancelMostValuable(WEEK, PLAN, 2);

        Stop top = PLAN.routes().get(2).stops().stream().max(Comparator.comparingDouble(Stop::value)).orElseThrow();
        assertThat(change.cancelled()).isEqualTo(top);
        assertThat(change.week().visits()).hasSize(WEEK.visits().size() - 1)
                .noneMatch(v -> v.id().equals(top.visitId()));
        assertThat(change.week().resources()).isEqualTo(WEEK.resources());
        assertThatThrownBy(() -> ReplanBenchmark.cancelMostValuable(WEEK, PLAN, 9)).hasMessageContaining("no day 9");
    }

    @Test
    void keptVisitsAreThoseOnTheSameDay() {
        assertThat(ReplanBenchmark.keptOnTheirDay(PLAN, PLAN)).isEqualTo(1.0);
        Plan other = Planner.solve(WEEK, SolverSettings.forIterations(1).withSeed(9));
        double kept = ReplanBenchmark.keptOnTheirDay(PLAN, other);
        assertThat(kept).isBetween(0.0, 0.9);
        long same = PLAN.routes().stream().flatMap(r -> r.stops().stream()
                .filter(s -> other.routes().get(r.day()).stops().stream().anyMatch(o -> o.visitId().equals(s.visitId()))))
                .count();
        long all = PLAN.routes().stream().mapToLong(r -> r.stops().size()).sum();
        assertThat(kept).isEqualTo((double) same / all);
    }
}

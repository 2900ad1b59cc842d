package dev.terrain.planner.bench;

import dev.terrain.planner.Pin;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.Stop;
import dev.terrain.planner.Visit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RepWeekFixtureTest {

    @Test
    void theSameSeedGivesTheSameWeek() {
        RepWeekFixture a = RepWeekFixture.create(1);
        RepWeekFixture b = RepWeekFixture.create(1);
        RepWeekFixture other = RepWeekFixture.create(2);

        assertThat(a.places()).isEqualTo(b.places());
        assertThat(a.visits()).isEqualTo(b.visits());
        assertThat(a.rep()).isEqualTo(b.rep());
        assertThat(a.appointments()).isEqualTo(b.appointments());
        assertThat(other.places()).isNotEqualTo(a.places());
    }

    @Test
    void looksLikeARepsWeek() {
        RepWeekFixture week = RepWeekFixture.create(1);

        assertThat(week.visits()).hasSize(RepWeekFixture.CUSTOMERS);
        assertThat(week.rep().days()).hasSize(RepWeekFixture.DAYS)
                .allSatisfy(d -> assertThat(d.breaks()).containsExactly(RepWeekFixture.LUNCH));
        assertThat(RepWeekFixture.LUNCH.duration()).isEqualTo(45 * 60);
        assertThat(week.appointments()).hasSize(2);
        assertThat(week.visits().stream().filter(v -> v.pin() != null)).hasSize(2).allMatch(Visit::mandatory);
        assertThat(week.visits().stream().filter(v -> !v.windowsByDay().isEmpty()).count()).isBetween(50L, 130L);
        var travel = week.problem().travel();
        long far = week.visits().stream().filter(v -> travel.distance(0, v.place()) > RepWeekFixture.OVERNIGHT_MIN_DISTANCE).count();
        assertThat(far).isGreaterThan(20);
    }

    @Test
    void aShortSolveIsFeasibleWithBothAppointmentsAtTheirTimes() {
        RepWeekFixture week = RepWeekFixture.create(1);

        Plan plan = Planner.solve(week.problem(),
                SolverSettings.forIterations(60).withTimeLimit(Duration.ofSeconds(10)).withSeed(1));

        assertThat(plan.score().feasible()).isTrue();
        assertThat(WeekPlanCheck.violations(week, plan)).isEmpty();
        Map<String, int[]> planned = plan.routes().stream()
                .flatMap(r -> r.stops().stream().map(s -> Map.entry(s.visitId(), new int[] {r.day(), (int) s.start()})))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (Map.Entry<String, Pin> appointment : week.appointments().entrySet()) {
            Pin pin = appointment.getValue();
            assertThat(planned).containsKey(appointment.getKey());
            assertThat(planned.get(appointment.getKey())).containsExactly(pin.day(), (int) pin.window().start());
        }
        assertThat(plan.totals().visits()).isGreaterThan(20);
    }
}

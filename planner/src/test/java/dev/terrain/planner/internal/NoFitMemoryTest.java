package dev.terrain.planner.internal;

import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.RandomProblems;
import dev.terrain.planner.RandomProblems.Shape;
import dev.terrain.planner.bench.RepWeekFixture;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recreate remembers, per visit and route version, that no position of the route fits the visit, and
 * skips the route while it is unchanged; it also skips routes with no gap long enough for the visit
 * ({@code Route.mayTake}) and, within a route, the positions whose gap is too short
 * ({@code Route.roomyPositions}). Every skip is re-checked here against all positions.
 */
class NoFitMemoryTest {

    @Test
    void aRouteSkippedAsFullReallyHasNoRoomOnTheRepsWeek() {
        long verified = run(RepWeekFixture.create(1).problem(), 300);
        assertThat(verified).isGreaterThan(10_000);
    }

    @Test
    void aRouteSkippedAsFullReallyHasNoRoomOnRandomWeeks() {
        Random rnd = new Random(31);
        long verified = 0;
        for (int trial = 0; trial < 30; trial++) {
            PlanningProblem p = RandomProblems.problem(rnd, new Shape(25, 3, rnd.nextBoolean(), rnd.nextBoolean(),
                    rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()));
            verified += run(p, 200);
        }
        assertThat(verified).isGreaterThan(1_000);
    }

    private static long run(PlanningProblem problem, int iterations) {
        Search search = new Search(ModelCompiler.compile(problem), 5, 10);
        search.recreate.verifyNoFit = true;
        search.construct();
        for (int i = 0; i < iterations; i++) {
            search.step(0.5 * Math.pow(0.02, (double) i / iterations));
        }
        return search.recreate.verified;
    }
}

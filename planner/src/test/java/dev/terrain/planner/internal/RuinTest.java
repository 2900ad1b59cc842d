package dev.terrain.planner.internal;

import dev.terrain.planner.bench.RepWeekFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ruin takes visits out of the plan: at least one string whatever average it is asked for (the smallest the
 * settings allow is 1, and a problem that chooses visits for their value ends its budget at half the settings'
 * average), and more for a larger average.
 */
class RuinTest {

    private final Model m = ModelCompiler.compile(RepWeekFixture.create(1).problem());

    @Test
    void everyRuinTakesOutAtLeastOneVisitEvenWithTheSmallestAverages() {
        Search search = new Search(m, 1, 10);
        search.construct();
        DaySimulator sim = new DaySimulator(m);
        Rng rng = new Rng(3);
        int[] out = new int[m.visits];
        double[] averages = {0.5, 1, 2.5, 5, 10};
        double[] means = new double[averages.length];
        for (int a = 0; a < averages.length; a++) {
            double average = averages[a];
            long removed = 0;
            for (int trial = 0; trial < 200; trial++) {
                search.candidate.copyFrom(search.current);
                int count = new Ruin(m).ruin(search.candidate, rng, average, out, sim);
                assertThat(count).as("visits removed with an average of %s", average).isPositive();
                for (int i = 0; i < count; i++) {
                    assertThat(search.candidate.routeOf[out[i]]).isNegative();
                }
                removed += count;
            }
            means[a] = removed / 200.0;
        }
        assertThat(means[4]).as("a larger average removes more").isGreaterThan(means[3]).isGreaterThan(means[1]);
    }
}

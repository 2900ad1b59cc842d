package dev.terrain.planner.bench;

import dev.terrain.planner.DayRoute;
import dev.terrain.planner.DayTotals;
import dev.terrain.planner.OvernightStay;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Score;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeekBenchmarkTest {

    @Test
    void countsThePairsOfValuesWithinAPercentOfTheLargerOne() {
        // 2538 is 1.6 % below 2580 and 0.9 % below 2561; 2561 is 0.7 % below 2580
        assertThat(WeekBenchmark.pairsWithin(new double[] {2538, 2561, 2580}, 1)).isEqualTo(2);
        assertThat(WeekBenchmark.pairsWithin(new double[] {100, 99}, 1)).isEqualTo(1);
        assertThat(WeekBenchmark.pairsWithin(new double[] {100, 98.9}, 1)).isZero();
        assertThat(WeekBenchmark.pairsWithin(new double[] {100}, 1)).isZero();
    }

    @Test
    void aShortPlanOfDifferentValueIsJudgedOnValueAlone() {
        assertThat(WeekBenchmark.met(2550, 1700, 2570, 1500)).as("0.78 % less value, more cost").isTrue();
        assertThat(WeekBenchmark.met(2540, 1400, 2570, 1500)).as("1.17 % less value").isFalse();
        assertThat(WeekBenchmark.met(2600, 2000, 2570, 1500)).as("more value").isTrue();
    }

    @Test
    void aShortPlanOfTheSameValueIsJudgedOnCost() {
        assertThat(WeekBenchmark.met(2570, 1510, 2570, 1500)).as("0.67 % more cost").isTrue();
        assertThat(WeekBenchmark.met(2570, 1520, 2570, 1500)).as("1.33 % more cost").isFalse();
        assertThat(WeekBenchmark.met(2570, 1400, 2570, 1500)).as("less cost").isTrue();
    }

    @Test
    void theGoalOverSeedsComparesTheMeanValues() {
        // means 2545 and 2565: 0.78 % lower, although the first pair alone is 1.6 % apart
        assertThat(WeekBenchmark.meansMet(new double[] {2530, 2560}, new double[] {2571, 2559})).isTrue();
        // means 2535 and 2565: 1.17 % lower
        assertThat(WeekBenchmark.meansMet(new double[] {2530, 2540}, new double[] {2571, 2559})).isFalse();
    }

    @Test
    void theGapBetweenTheMeansComesWithItsStandardError() {
        // values 2540, 2560, 2580: standard deviation 20, standard error 20 / sqrt(3)
        assertThat(WeekBenchmark.standardError(new double[] {2540, 2560, 2580})).isCloseTo(11.547, within(1e-3));
        assertThat(WeekBenchmark.standardError(new double[] {2560})).isNaN();
        // errors 11.547 and 5.774 in quadrature, 12.910, in percent of the long mean 2600
        assertThat(WeekBenchmark.gapStandardError(new double[] {2540, 2560, 2580}, new double[] {2590, 2600, 2610}))
                .isCloseTo(0.4965, within(1e-4));
    }

    @Test
    void nightsShowWhichDaysEndAway() {
        assertThat(WeekBenchmark.nights(plan("-NN--", 2600))).isEqualTo("-NN--");
        assertThat(WeekBenchmark.nights(plan("N---N", 2600))).isEqualTo("N---N");
        assertThat(WeekBenchmark.nights(plan("", 0))).isEmpty();
    }

    @Test
    void plansAreGroupedByNightsMostFrequentFirst() {
        Plan[] plans = {plan("--NN-", 2590), plan("-NN--", 2620), plan("-NN--", 2630), plan("-N---", 2500),
                plan("-NN--", 2610), plan("--NN-", 2600)};
        assertThat(WeekBenchmark.byNights(plans)).isEqualTo("-NN-- 3 (2620.0), --NN- 2 (2595.0), -N--- 1 (2500.0)");
    }

    /** A plan of empty days, ending away where the pattern says N, with the given value. */
    private static Plan plan(String nights, double value) {
        List<DayRoute> routes = new ArrayList<>();
        for (int d = 0; d < nights.length(); d++) {
            OvernightStay night = nights.charAt(d) == 'N' ? new OvernightStay(0, 120) : null;
            routes.add(new DayRoute("rep", d, 0, 0, List.of(), List.of(), null, 0, night, DayTotals.zero()));
        }
        return new Plan(routes, List.of(), DayTotals.zero(), new Score(0, value, 0), 0);
    }
}

package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeekBenchmarkTest {

    @Test
    void countsThePairsOfValuesWithinAPercentOfTheLargerOne() {
        // 2538 is 1.6 % below 2580 and 0.9 % below 2561; 2561 is 0.7 % below 2580
        assertThat(WeekBenchmark.pairsWithin(new double[] {2538, 2561, 2580}, 1)).isEqualTo(2);
        assertThat(WeekBenchmark.pairsWithin(new double[] {100, 99}, 1)).isEqualTo(1);
        assertThat(WeekBenchmark.pairsWithin(new double[] {100, 98.9}, 1)).isZero();
        assertThat(WeekBenchmark.pairsWithin(new double[] {100}, 1)).isZero();
    }
}

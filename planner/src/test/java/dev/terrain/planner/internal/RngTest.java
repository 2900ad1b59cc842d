package dev.terrain.planner.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches with neighbouring seeds (and the threads of one search, seeded apart) must draw unrelated streams. */
class RngTest {

    @Test
    void neighbouringSeedsShareNoDraws() {
        Set<Long> seen = new HashSet<>();
        for (long seed : new long[] {1, 2, 3, 1 + 7919, 1 + 2 * 7919}) {
            Rng rng = new Rng(seed);
            for (int i = 0; i < 20_000; i++) {
                assertThat(seen.add(rng.nextLong())).as("draw %d of seed %d seen before", i, seed).isTrue();
            }
        }
    }

    @Test
    void aSeedReplaysItsStream() {
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        for (int i = 0; i < 1_000; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    @Test
    void drawsStayInTheirRanges() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 10_000; i++) {
            assertThat(rng.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
            assertThat(rng.nextInt(5)).isBetween(0, 4);
        }
    }
}

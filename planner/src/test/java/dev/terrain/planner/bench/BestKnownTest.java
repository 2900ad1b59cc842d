package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.terrain.planner.bench.VrptwReaderTest.DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BestKnownTest {

    @Test
    void readsTheDimacsDistancesAndTheSinglePathScores() {
        BestKnown solomon = BestKnown.read(DATA.resolve("vrptw/bks_solomon.csv"), "dimacs_distance");
        BestKnown homberger = BestKnown.read(DATA.resolve("vrptw/bks_homberger_200.csv"), "dimacs_distance");
        BestKnown optw = BestKnown.read(DATA.resolve("toptw/optw_m1_righini_salani.csv"), "best_score");

        assertThat(solomon.size()).isEqualTo(56);
        assertThat(solomon.of("C101")).hasValue(827.3);
        assertThat(homberger.size()).isEqualTo(60);
        assertThat(homberger.of("c1_2_1")).hasValue(2698.6);
        assertThat(optw.size()).isEqualTo(29);
        assertThat(optw.of("C101")).hasValue(320);
        assertThat(optw.of("R104")).hasValue(303);
        assertThat(optw.of("C201")).isEmpty();
    }

    @Test
    void singlePathScoresApplyOnlyToOnePath() {
        BenchmarkSet set = BenchmarkSet.load("toptw", DATA, List.of("C101"), List.of(1, 2));

        assertThat(set.bestKnownFor(set.instances().get(0))).isEqualTo(320);
        assertThat(set.bestKnownFor(set.instances().get(1))).isNaN();
    }

    @Test
    void namesAMissingColumn() {
        assertThatThrownBy(() -> BestKnown.parse(List.of("instance,a", "C101,1"), "b", "x.csv"))
                .hasMessageContaining("no column 'b'");
    }
}

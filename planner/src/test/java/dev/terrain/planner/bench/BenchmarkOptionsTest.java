package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void readsEveryOption() {
        BenchmarkOptions o = BenchmarkOptions.parse("--set", "toptw", "--seconds", "5", "--instances", "c101, r205",
                "--routes", "1,2", "--seed", "7", "--threads", "2", "--parallel", "3", "--data", "d", "--csv", "out.csv");

        assertThat(o.set()).isEqualTo("toptw");
        assertThat(o.seconds()).isEqualTo(5);
        assertThat(o.instances()).containsExactly("C101", "R205");
        assertThat(o.routes()).containsExactly(1, 2);
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.threads()).isEqualTo(2);
        assertThat(o.parallel()).isEqualTo(3);
        assertThat(o.data()).isEqualTo(Path.of("d"));
        assertThat(o.csv()).isEqualTo(Path.of("out.csv"));
        assertThat(BenchmarkOptions.parse("--set", "week", "--runs", "8").runs()).isEqualTo(8);
    }

    @Test
    void defaultsToThirtySecondsAndSixtyForTheWeek() {
        assertThat(BenchmarkOptions.parse("--set", "solomon").seconds()).isEqualTo(30);
        assertThat(BenchmarkOptions.parse("--set", "solomon").routes()).isEqualTo(List.of(1, 2, 3, 4));
        assertThat(BenchmarkOptions.parse("--set", "week").seconds()).isEqualTo(60);
        assertThat(BenchmarkOptions.parse("--set", "week").runs()).isEqualTo(1);
        assertThat(BenchmarkOptions.parse("--set", "replan").seconds()).isEqualTo(60);
        assertThat(BenchmarkOptions.parse("--set", "replan", "--runs", "6").runs()).isEqualTo(6);
    }

    @Test
    void theHeaderSaysWhichSolvesTheLimitsApplyTo() {
        assertThat(Benchmark.limits(BenchmarkOptions.parse("--set", "solomon", "--seconds", "30")))
                .isEqualTo("30.0 s per solve");
        assertThat(Benchmark.limits(BenchmarkOptions.parse("--set", "week", "--iterations", "75000")))
                .isEqualTo("75000 iterations or 60.0 s per solve");
        assertThat(Benchmark.limits(BenchmarkOptions.parse("--set", "replan", "--iterations", "600000")))
                .isEqualTo("first plan 600000 iterations, re-plans 5 s, long solves from scratch 60.0 s");
    }

    @Test
    void rejectsUnknownSetsOptionsAndNumbers() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--set", "cvrp")).hasMessageContaining("--set must be");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--set", "solomon", "--speed", "1")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--set", "solomon", "--seconds", "x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--set", "week", "--runs", "0")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--set", "solomon", "--runs", "3")).hasMessageContaining("--runs applies to --set week and replan only");
    }

    @Test
    void namesInstancesThatAreNotInTheSet() {
        assertThatThrownBy(() -> BenchmarkSet.load("solomon", VrptwReaderTest.DATA, List.of("C101", "Z999"), List.of(1)))
                .hasMessageContaining("no instance [Z999]");
    }
}

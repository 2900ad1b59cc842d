package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTablesTest {

    private static RunResult vrptw(String name, String family, double distance, double bks, boolean feasible) {
        return new RunResult(name, family, Instance.Kind.VRPTW, 25, 10, distance, 0, bks, 1.5, 5, 1000, feasible, List.of());
    }

    @Test
    void gapIsPositiveWhenWorseForBothKinds() {
        RunResult longer = vrptw("C101", "C1", 840, 800, true);
        RunResult lowerScore = new RunResult("C101", "C1", Instance.Kind.TOPTW, 1, 1, 900, 300, 320, 1, 5, 10, true, List.of());

        assertThat(longer.gapPercent()).isEqualTo(5.0);
        assertThat(lowerScore.gapPercent()).isEqualTo(6.25);
    }

    @Test
    void summarisesEachClassAndAllInstances() {
        List<RunResult> results = List.of(
                vrptw("C101", "C1", 101, 100, true),
                vrptw("C102", "C1", 103, 100, true),
                vrptw("R101", "R1", 100, 100, true),
                vrptw("R102", "R1", 150, 100, false));

        String table = ResultTables.summaryTable(results);

        assertThat(table).contains("| C1 | 2 | 2 | 204.0 | 2 | 2.00 | 3.00 | 1 |");
        assertThat(table).contains("| R1 | 2 | 1 | 100.0 | 1 | 0.00 | 0.00 | 0 |");
        assertThat(table).contains("| **all** | 4 | 3 | 304.0 | 3 | 1.33 | 3.00 | 1 |");
    }

    @Test
    void marksMissingBestKnownValues() {
        RunResult twoPaths = new RunResult("C101", "C1", Instance.Kind.TOPTW, 2, 2, 1500.2, 590, Double.NaN, 2, 5, 10, true, List.of());

        String table = ResultTables.instanceTable(List.of(twoPaths));

        assertThat(table).contains("| C101 | 2 | 2 | 590 | 1500.2 | n/a | n/a (no BKS in repo) | 2.0 | yes |");
        assertThat(ResultTables.summaryTable(List.of(twoPaths))).contains("| C1 m=2 | 1 | 1 | 590 | 0 | n/a | n/a | n/a |");
    }

    @Test
    void writesOneCsvLinePerResult() {
        String csv = ResultTables.csv(List.of(vrptw("C101", "C1", 828.9, 827.3, true)));

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("C101,C1,VRPTW,25,10,828.9,0,827.3,0.193,1.50,5.00,1000,true,\"\"");
    }
}

package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.terrain.planner.bench.VrptwReaderTest.DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToptwReaderTest {

    @Test
    void readsC101WithTheBudgetFromTheDepot() {
        Instance c101 = ToptwReader.read(DATA.resolve("toptw/solomon_c1_r1_rc1/c101.txt"), 2);

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.kind()).isEqualTo(Instance.Kind.TOPTW);
        assertThat(c101.vehicles()).isEqualTo(2);
        assertThat(c101.customers()).isEqualTo(100);
        assertThat(c101.capacity()).isInfinite();
        assertThat(c101.depot()).isEqualTo(new Site(0, 40, 50, 0, 0, 0, 1236, 0));
        assertThat(c101.sites().get(1)).isEqualTo(new Site(1, 45, 68, 0, 10, 912, 967, 90));
        assertThat(c101.arc(0, 1)).isEqualTo(18.6);
    }

    @Test
    void readsC204WhoseHeaderIsWrappedDifferently() {
        Instance c204 = ToptwReader.read(DATA.resolve("toptw/solomon_c2_r2_rc2/c204.txt"), 1);

        assertThat(c204.customers()).isEqualTo(100);
        assertThat(c204.depot().due()).isEqualTo(3390);
        assertThat(c204.family()).isEqualTo("C2");
    }

    @Test
    void readsAllFiftySixInstancesOncePerNumberOfPaths() {
        BenchmarkSet set = BenchmarkSet.load("toptw", DATA, List.of(), List.of(1, 3));

        assertThat(set.instances()).hasSize(112).allMatch(i -> i.customers() == 100);
        assertThat(set.instances().stream().filter(i -> i.vehicles() == 3)).hasSize(56);
        assertThat(set.instances().get(0).name()).isEqualTo("C101");
    }

    @Test
    void rejectsATruncatedFile() {
        assertThatThrownBy(() -> ToptwReader.parse("1 1 2 1\n0 100\n0 0 0 0 0 0 0 0 100\n1 1 1 5 10 1 1 1 0", "T", 1))
                .hasMessageContaining("ends early");
    }
}

package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VrptwReaderTest {

    static final Path DATA = Path.of("benchmarks");

    @Test
    void readsSolomonC101() {
        Instance c101 = VrptwReader.read(DATA.resolve("vrptw/solomon/C101.txt"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.kind()).isEqualTo(Instance.Kind.VRPTW);
        assertThat(c101.customers()).isEqualTo(100);
        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.depot()).isEqualTo(new Site(0, 40, 50, 0, 0, 0, 1236, 0));
        assertThat(c101.sites().get(1)).isEqualTo(new Site(1, 45, 68, 10, 0, 912, 967, 90));
        assertThat(c101.sites().get(100)).isEqualTo(new Site(100, 55, 85, 20, 0, 647, 726, 90));
        assertThat(c101.family()).isEqualTo("C1");
    }

    @Test
    void truncatesArcsToOneDecimal() {
        Instance c101 = VrptwReader.read(DATA.resolve("vrptw/solomon/C101.txt"));

        // depot (40,50) to customer 1 (45,68): sqrt(349) = 18.681 -> 18.6
        assertThat(c101.arc(0, 1)).isEqualTo(18.6);
        // customer 1 (45,68) to customer 2 (45,70): exactly 2
        assertThat(c101.arc(1, 2)).isEqualTo(2.0);
        // depot (40,50) to customer 5 (42,65): sqrt(229) = 15.1327 -> 15.1
        assertThat(c101.arc(0, 5)).isEqualTo(15.1);
        assertThat(c101.arc(5, 0)).isEqualTo(c101.arc(0, 5));
    }

    @Test
    void readsGehringHombergerWithLfLineEndings() {
        Instance c121 = VrptwReader.read(DATA.resolve("vrptw/homberger_200/C1_2_1.txt"));

        assertThat(c121.name()).isEqualTo("C1_2_1");
        assertThat(c121.customers()).isEqualTo(200);
        assertThat(c121.vehicles()).isEqualTo(50);
        assertThat(c121.depot().due()).isEqualTo(1351);
        assertThat(c121.family()).isEqualTo("C1");
    }

    @Test
    void readsEveryInstanceOfBothSets() {
        BenchmarkSet solomon = BenchmarkSet.load("solomon", DATA, List.of(), List.of(1));
        BenchmarkSet homberger = BenchmarkSet.load("homberger200", DATA, List.of(), List.of(1));

        assertThat(solomon.instances()).hasSize(56).allMatch(i -> i.customers() == 100);
        assertThat(homberger.instances()).hasSize(60).allMatch(i -> i.customers() == 200);
        assertThat(solomon.instances()).allMatch(i -> !Double.isNaN(solomon.bestKnownFor(i)));
        assertThat(homberger.instances()).allMatch(i -> !Double.isNaN(homberger.bestKnownFor(i)));
    }

    @Test
    void namesTheLineOfABadNumber() {
        List<String> lines = List.of("X1", "VEHICLE", "NUMBER CAPACITY", "2 10", "CUSTOMER", "CUST NO. ...",
                "0 0 0 0 0 100 0", "1 5 x 1 0 50 5");

        assertThatThrownBy(() -> VrptwReader.parse(lines, "x1.txt"))
                .hasMessageContaining("x1.txt line 8").hasMessageContaining("'x'");
    }
}

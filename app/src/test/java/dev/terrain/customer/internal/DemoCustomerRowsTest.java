package dev.terrain.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The demo customers: the same for the same seed, around Lyon, plausible, and with some overdue. */
class DemoCustomerRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final List<DemoCustomerRows.Rep> REPS = List.of(
            new DemoCustomerRows.Rep(new UUID(0, 1), 45.7953, 4.8466),
            new DemoCustomerRows.Rep(new UUID(0, 2), 45.5905, 4.7690));

    static DemoCustomerRows rows(long seed) {
        return new DemoCustomerRows(seed, REPS, TODAY, Map.of("A", 28, "B", 56, "C", 91)).generate(1500);
    }

    @Test
    void theSameSeedGivesTheSameCustomers() {
        var first = rows(7).customers.stream().map(r -> r.get("name") + "|" + r.get("lat") + "|" + r.get("category")).toList();
        var again = rows(7).customers.stream().map(r -> r.get("name") + "|" + r.get("lat") + "|" + r.get("category")).toList();
        var other = rows(8).customers.stream().map(r -> r.get("name") + "|" + r.get("lat") + "|" + r.get("category")).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void customersLieWithin80KmOfLyonInItsDepartments() {
        for (var row : rows(DemoCustomers.SEED).customers) {
            double lat = (Double) row.get("lat");
            double lon = (Double) row.get("lon");
            double km = Math.hypot((lat - 45.7640) * 111.2, (lon - 4.8357) * 111.2 * Math.cos(Math.toRadians(45.76)));
            assertThat(km).as("%s in %s", row.get("name"), row.get("city")).isLessThan(80);
            assertThat((String) row.get("postal")).matches("(69|01|38|42)\\d{3}");
        }
    }

    @Test
    void categoriesAreAboutTwentyThirtyFiftyPercent() {
        var customers = rows(DemoCustomers.SEED).customers;
        var a = customers.stream().filter(r -> r.get("category").equals("A")).count() / 15.0;
        var c = customers.stream().filter(r -> r.get("category").equals("C")).count() / 15.0;
        assertThat(a).isBetween(16.0, 24.0);
        assertThat(c).isBetween(45.0, 55.0);
    }

    @Test
    void openingHoursAreValidWithLunchGapsAndClosedSundaysMostly() {
        var rows = rows(DemoCustomers.SEED);
        assertThat(rows.openingHours).allSatisfy(h -> assertThat((LocalTime) h.get("closes")).isAfter((LocalTime) h.get("opens")));
        long sunday = rows.openingHours.stream().filter(h -> h.get("day").equals(7)).map(h -> h.get("id")).distinct().count();
        assertThat(sunday).isLessThan(rows.customers.size() / 4);
        assertThat(rows.openingHours.stream().filter(h -> h.get("closes").equals(LocalTime.of(12, 30)))).isNotEmpty();
    }

    @Test
    void someAreOverdueSomeNeverVisitedAndEveryOneHasAnOwner() {
        var customers = rows(DemoCustomers.SEED).customers;
        var frequencies = Map.of("A", 28, "B", 56, "C", 91);
        long overdue = customers.stream().filter(r -> r.get("lastVisit") != null).filter(r -> {
            int f = r.get("frequency") != null ? (Integer) r.get("frequency") : frequencies.get(r.get("category"));
            return ((LocalDate) r.get("lastVisit")).plusDays(f).isBefore(TODAY);
        }).count();
        assertThat(overdue).isBetween(150L, 900L);
        assertThat(customers.stream().filter(r -> r.get("lastVisit") == null)).isNotEmpty();
        assertThat(customers).allSatisfy(r -> assertThat(r.get("owner")).isNotNull());
        assertThat(customers.stream().map(r -> r.get("owner")).distinct()).hasSize(2);
    }
}

package dev.terrain.customer.internal;

import static dev.terrain.customer.TransferFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.TransferFixture;
import dev.terrain.customer.internal.NominatimServer.Answer;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The background job stores what the geocoding service answers, per customer. */
@SpringBootTest
class GeocodingJobIntegrationTests {

    @Autowired GeocodingJob job;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;
    @Autowired JdbcClient jdbc;

    @Test
    void customersWithoutCoordinatesAreGeocodedGoodDoubtfulOrLeftMissing() throws Exception {
        var rep = people.rep();
        var good = customers.customerWithAddress(rep, unique("Good"), "3 rue de la République", "69002", "Lyon");
        var doubtful = customers.customerWithAddress(rep, unique("Doubtful"), "1 place Bellecour", "69002", "Lyon");
        var nowhere = customers.customerWithAddress(rep, unique("Nowhere"), "99 rue Imaginaire", "99999", "Nulle-part");
        var failing = customers.customerWithAddress(rep, unique("Failing"), "5 quai Saint-Antoine", "69002", "Lyon");
        try (var server = new NominatimServer(q -> {
            if (q.contains("République")) {
                return new Answer(200, "[" + NominatimServer.place("45.7640", "4.8357", 0.4, "69002", "Rue de la République") + "]");
            }
            if (q.contains("Bellecour")) {
                return new Answer(200, "[" + NominatimServer.place("45.7578", "4.8320", 0.4, "69005", "Elsewhere") + "]");
            }
            if (q.contains("Imaginaire")) {
                return new Answer(200, "[]");
            }
            return new Answer(500, "");
        })) {
            var geocoder = NominatimGeocoderTest.geocoder(server.url(), Duration.ZERO);
            var ids = List.of(good, doubtful, nowhere, failing).stream().map(CustomerId::new).toList();

            assertThat(job.run(geocoder, 10, ids)).isEqualTo(4);
            assertThat(job.run(geocoder, 10, ids)).as("tried addresses wait before the next try").isZero();
        }

        assertThat(row(good)).isEqualTo("GEOCODED 45.764 4.8357");
        assertThat(row(doubtful)).isEqualTo("DOUBTFUL 45.7578 4.832");
        assertThat(row(nowhere)).isEqualTo("MISSING null null");
        assertThat(row(failing)).isEqualTo("MISSING null null");
        assertThat(note(nowhere)).isEqualTo("no match for this address");
        assertThat(note(failing)).contains("HTTP 500");
    }

    @Test
    void withoutAServiceTheScheduledRunDoesNothing() {
        var rep = people.rep();
        var c = customers.customerWithAddress(rep, unique("Unconfigured"), "1 rue", "69001", "Lyon");
        job.runScheduled();
        assertThat(row(c)).isEqualTo("MISSING null null");
        assertThat(jdbc.sql("select geocoding_attempted_at is null from customers where id = :id").param("id", c)
                .query(Boolean.class).single()).isTrue();
    }

    private String row(java.util.UUID id) {
        return jdbc.sql("select location_quality, latitude, longitude from customers where id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3)).single();
    }

    private String note(java.util.UUID id) {
        return jdbc.sql("select geocoding_note from customers where id = :id").param("id", id).query(String.class).single();
    }
}

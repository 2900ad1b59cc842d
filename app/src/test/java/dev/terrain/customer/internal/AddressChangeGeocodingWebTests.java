package dev.terrain.customer.internal;

import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomersFixture;
import dev.terrain.customer.internal.NominatimServer.Answer;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An address changed through the form, the API, an upsert or a bulk call without new coordinates keeps the old
 * point as OUTDATED and is geocoded again; new coordinates sent with it are kept; other changes leave the location
 * alone. Every customer starts in Lyon, rue de la République, geocoded a moment ago.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AddressChangeGeocodingWebTests {

    private static final String OLD_POINT = "45.764 4.8357";

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired CustomerManagement customers;
    @Autowired GeocodingJob job;
    @Autowired JdbcClient jdbc;

    @Test
    void anAddressChangedWithoutNewCoordinatesKeepsTheOldPointUntilItIsGeocodedAgain() throws Exception {
        var rep = people.rep();
        var byForm = geocoded(rep);
        var byApi = geocoded(rep);
        var byUpsert = geocoded(rep);
        var byBulk = geocoded(rep);

        mvc.perform(post("/customers/" + byForm).param("name", name(byForm)).param("street", "1 place Bellecour")
                        .param("postalCode", "69002").param("city", "Lyon").param("country", "FR")
                        .param("latitude", "45.764").param("longitude", "4.8357").param("version", version(byForm))
                        .with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(json(put("/api/v1/customers/" + byApi), body(byApi, "1 place Bellecour", true))
                .header("If-Match", "*").with(as(rep))).andExpect(status().isOk())
                .andExpect(jsonPath("$.locationQuality").value("OUTDATED"));
        mvc.perform(json(put("/api/v1/customers/external/" + externalId(byUpsert)), body(byUpsert, "1 place Bellecour", true))
                .with(as(rep))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + body(byBulk, "1 place Bellecour", false) + "]}")
                .with(as(rep))).andExpect(status().isOk());

        for (var id : List.of(byForm, byApi, byUpsert)) {
            assertThat(location(id)).as("the old point stays, outdated").isEqualTo("OUTDATED " + OLD_POINT);
        }
        assertThat(location(byBulk)).as("no coordinates sent: none kept").isEqualTo("MISSING null null");
        mvc.perform(get("/api/v1/customers/locations/problems").param("quality", "OUTDATED").param("size", "100")
                        .with(as(rep)))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(byApi.toString())));
        mvc.perform(get("/customers/locations").param("quality", "OUTDATED").with(as(rep)))
                .andExpect(content().string(containsString(name(byForm))));
        mvc.perform(get("/customers/" + byForm).param("lang", "fr").with(as(rep)))
                .andExpect(content().string(containsString("position de l&#39;ancienne adresse")));

        try (var server = bellecour()) {
            assertThat(job.run(NominatimGeocoderTest.geocoder(server.url(), Duration.ZERO), 10,
                    ids(byForm, byApi, byUpsert, byBulk))).isEqualTo(4);
            assertThat(server.queries).hasSize(4).allMatch(q -> q.contains("1 place Bellecour"));
        }
        for (var id : List.of(byForm, byApi, byUpsert, byBulk)) {
            assertThat(location(id)).isEqualTo("GEOCODED 45.7578 4.832");
        }
    }

    @Test
    void newCoordinatesSentWithTheNewAddressAreKeptAsEntered() throws Exception {
        var rep = people.rep();
        var byForm = geocoded(rep);
        var byApi = geocoded(rep);

        mvc.perform(post("/customers/" + byForm).param("name", name(byForm)).param("street", "1 place Bellecour")
                        .param("postalCode", "69002").param("city", "Lyon").param("country", "FR")
                        .param("latitude", "45.7579").param("longitude", "4.8321").param("version", version(byForm))
                        .with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(json(put("/api/v1/customers/" + byApi), body(byApi, "1 place Bellecour", false)
                        .replace("\"country\"", "\"latitude\": 45.7579, \"longitude\": 4.8321, \"country\""))
                .header("If-Match", "*").with(as(rep))).andExpect(status().isOk());

        assertThat(location(byForm)).isEqualTo("ENTERED 45.7579 4.8321");
        assertThat(location(byApi)).isEqualTo("ENTERED 45.7579 4.8321");
        assertNotGeocodedAgain(byForm, byApi);
    }

    @Test
    void aChangeOfAnotherFieldLeavesTheLocationAlone() throws Exception {
        var rep = people.rep();
        var byApi = geocoded(rep);
        var byBulk = geocoded(rep);

        mvc.perform(json(put("/api/v1/customers/" + byApi), body(byApi, "12 rue de la République", true)
                        .replace("\"city\": \"Lyon\"", "\"city\": \" LYON \", \"phone\": \"+33 4 72 00 00 01\""))
                .header("If-Match", "*").with(as(rep))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + body(byBulk, "12 rue de la République", true)
                        .replace("\"name\"", "\"segment\": \"Retail\", \"name\"") + "]}")
                .with(as(rep))).andExpect(status().isOk());

        assertThat(customers.get(rep, new CustomerId(byApi)).phone()).isEqualTo("+33 4 72 00 00 01");
        assertThat(customers.get(rep, new CustomerId(byBulk)).segment()).isEqualTo("Retail");
        for (var id : List.of(byApi, byBulk)) {
            assertThat(location(id)).isEqualTo("GEOCODED " + OLD_POINT);
            assertThat(jdbc.sql("select geocoding_note from customers where id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("Rue de la République, Lyon");
        }
        assertNotGeocodedAgain(byApi, byBulk);
    }

    /** A customer of the rep at 12 rue de la République, geocoded just now (so not due for another try). */
    private UUID geocoded(CurrentUser rep) {
        var created = customers.create(UsersFixture.ROOT, CustomersFixture.draft(unique("Mercerie"))
                .externalId(unique("erp")).ownerId(rep.id()).location(45.764, 4.8357).build());
        jdbc.sql("""
                update customers set location_quality = 'GEOCODED', geocoding_note = 'Rue de la République, Lyon',
                       geocoding_attempted_at = now() where id = :id""").param("id", created.id().value()).update();
        return created.id().value();
    }

    private void assertNotGeocodedAgain(UUID... customers) throws Exception {
        try (var server = bellecour()) {
            assertThat(job.run(NominatimGeocoderTest.geocoder(server.url(), Duration.ZERO), 10, ids(customers))).isZero();
            assertThat(server.queries).isEmpty();
        }
    }

    private static NominatimServer bellecour() throws java.io.IOException {
        return new NominatimServer(q -> q.contains("Bellecour")
                ? new Answer(200, "[" + NominatimServer.place("45.7578", "4.8320", 0.4, "69002", "Place Bellecour") + "]")
                : new Answer(200, "[]"));
    }

    /** The customer as JSON with another street; with or without the coordinates it has now. */
    private String body(UUID id, String street, boolean withCoordinates) {
        return """
                {"externalId": "%s", "name": "%s", "street": "%s", "postalCode": "69002", "city": "Lyon", %s"country": "FR"}"""
                .formatted(externalId(id), name(id), street, withCoordinates ? "\"latitude\": 45.764, \"longitude\": 4.8357, " : "");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static List<CustomerId> ids(UUID... ids) {
        return java.util.Arrays.stream(ids).map(CustomerId::new).toList();
    }

    private String location(UUID id) {
        return jdbc.sql("select location_quality, latitude, longitude from customers where id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3)).single();
    }

    private String name(UUID id) {
        return column(id, "name");
    }

    private String externalId(UUID id) {
        return column(id, "external_id");
    }

    private String version(UUID id) {
        return column(id, "version::text");
    }

    private String column(UUID id, String column) {
        return jdbc.sql("select " + column + " from customers where id = :id").param("id", id).query(String.class).single();
    }
}

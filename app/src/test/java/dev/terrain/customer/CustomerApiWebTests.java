package dev.terrain.customer;

import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/v1/customers} and {@code /api/v1/custom-fields}: versions, upserts, bulk, and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerApiWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired CustomersFixture fixture;
    @Autowired JdbcClient jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String customerJson(String name) {
        return """
                {"name": "%s", "street": "3 place Bellecour", "postalCode": "69002", "city": "Lyon", "country": "FR",
                 "latitude": 45.7578, "longitude": 4.832, "category": "A",
                 "openingHours": [{"day": "MONDAY", "opens": "08:30", "closes": "12:00"}]}""".formatted(name);
    }

    String create(Object user, String name) throws Exception {
        var body = mvc.perform(json(post("/api/v1/customers"), customerJson(name)).with(as((dev.terrain.organization.CurrentUser) user)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return body.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void aRepCreatesReadsAndEditsWithTheEtag() throws Exception {
        var rep = people.rep();
        var name = unique("Boulangerie");
        var result = mvc.perform(json(post("/api/v1/customers"), customerJson(name)).with(as(rep)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", containsString("/api/v1/customers/")))
                .andExpect(jsonPath("$.ownerId").value(rep.id().toString()))
                .andExpect(jsonPath("$.effectiveVisitFrequencyDays").value(28))
                .andExpect(jsonPath("$.openingHours[0].opens").value("08:30:00"))
                .andReturn().getResponse().getContentAsString();
        var id = result.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

        mvc.perform(get("/api/v1/customers/" + id).with(as(rep))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.name").value(name));
        mvc.perform(json(put("/api/v1/customers/" + id), customerJson(name + " bis")).header("If-Match", "\"0\"").with(as(rep)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value(name + " bis"));
    }

    @Test
    void aConcurrentEditIsRefusedWith412AndAMissingIfMatchWith428() throws Exception {
        var rep = people.rep();
        var id = create(rep, unique("Cave"));
        mvc.perform(json(put("/api/v1/customers/" + id), customerJson("First")).header("If-Match", "\"0\"").with(as(rep)))
                .andExpect(status().isOk());

        mvc.perform(json(put("/api/v1/customers/" + id), customerJson("Second")).header("If-Match", "\"0\"").with(as(rep)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(put("/api/v1/customers/" + id), customerJson("Third")).with(as(rep)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(delete("/api/v1/customers/" + id).with(as(people.admin()))).andExpect(status().isPreconditionRequired());
        mvc.perform(delete("/api/v1/customers/" + id).header("If-Match", "\"0\"").with(as(people.admin())))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/customers/" + id).with(as(rep))).andExpect(jsonPath("$.name").value("First"));
        mvc.perform(delete("/api/v1/customers/" + id).header("If-Match", "\"1\"").with(as(people.admin())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers/" + id).with(as(rep))).andExpect(status().isNotFound());
    }

    @Test
    void badFieldsAreNamedInAProblemDocument() throws Exception {
        mvc.perform(json(post("/api/v1/customers"), """
                        {"name": "", "latitude": 123, "longitude": 4.8, "visitFrequencyDays": 0,
                         "openingHours": [{"day": "MONDAY", "opens": "14:00", "closes": "12:00"}]}""").with(as(people.rep())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "name", "latitude", "visitFrequencyDays", "openingHours[0].closes")));
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesItsField() throws Exception {
        mvc.perform(json(post("/api/v1/customers"), """
                        {"name": "X", "openingHours": [{"day": "MONDAY", "opens": "8 o'clock", "closes": "12:00"}]}""")
                        .with(as(people.rep())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openingHours[0].opens"));
        mvc.perform(json(post("/api/v1/customers"), "{\"name\": ").with(as(people.rep())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Malformed request"));
    }

    @Test
    void aCustomFieldOfTheWrongTypeIsA400NamingIt() throws Exception {
        var admin = people.admin();
        var key = "visits_" + unique("k").substring(2).replace("-", "");
        mvc.perform(json(put("/api/v1/custom-fields/" + key), """
                {"label": "Opened on", "labelFr": "Ouvert le", "type": "DATE"}""").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.type").value("DATE"));
        mvc.perform(json(post("/api/v1/customers"), """
                {"name": "X", "customFields": {"%s": 12}}""".formatted(key)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customFields." + key));
        mvc.perform(json(put("/api/v1/custom-fields/" + key), """
                {"label": "Opened on", "type": "TEXT"}""").with(as(admin))).andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/custom-fields/" + key), """
                {"label": "Nope", "type": "TEXT"}""").with(as(people.rep()))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/custom-fields/Bad-Key"), """
                {"label": "Nope", "type": "TEXT"}""").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("key"));
        mvc.perform(delete("/api/v1/custom-fields/" + key).with(as(admin))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/custom-fields/" + key).with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void upsertByExternalIdCreatesThenUpdates() throws Exception {
        var admin = people.admin();
        var external = unique("ERP");
        mvc.perform(json(put("/api/v1/customers/external/" + external), customerJson("Tabac du Port")).with(as(admin)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.externalId").value(external));
        mvc.perform(json(put("/api/v1/customers/external/" + external), customerJson("Tabac du Port II")).with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Tabac du Port II"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/customers").param("q", external).with(as(admin)))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void twoCustomersWithOneExternalIdAreAConflict() throws Exception {
        var admin = people.admin();
        var external = unique("ERP");
        var body = customerJson("A").replace("{\"name\"", "{\"externalId\": \"" + external + "\", \"name\"");
        mvc.perform(json(post("/api/v1/customers"), body).with(as(admin))).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/customers"), body).with(as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("externalId"));
    }

    @Test
    void bulkIsAllOrNothingWithRowErrors() throws Exception {
        var admin = people.admin();
        var prefix = unique("BULK");
        var good = "{\"externalId\": \"%s-1\", \"name\": \"Un\"}".formatted(prefix);
        var bad = "{\"externalId\": \"%s-2\", \"name\": \"Deux\", \"category\": \"Z\", \"latitude\": 45}".formatted(prefix);
        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + good + "," + bad + "]}").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "rows[1].longitude", "rows[1].category")));
        assertThat(jdbc.sql("select count(*) from customers where external_id like :p").param("p", prefix + "%")
                .query(Long.class).single()).isZero();

        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + good + "," + good.replace("-1", "-3") + "]}").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + good + "]}").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
    }

    @Test
    void moreThanAThousandRowsAre413() throws Exception {
        var rows = IntStream.range(0, 1001).mapToObj(i -> "{\"externalId\": \"x" + i + "\", \"name\": \"n\"}")
                .collect(Collectors.joining(","));
        mvc.perform(json(post("/api/v1/customers/bulk"), "{\"rows\": [" + rows + "]}").with(as(people.admin())))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("at most 1000 rows")));
    }

    @Test
    void filtersNeverBreakOnHostileTextAndBadValuesAreNamed() throws Exception {
        var admin = people.admin();
        mvc.perform(get("/api/v1/customers").param("q", "'; drop table customers; --").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/customers").param("q", "100%_").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers").param("status", "GONE").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/customers").param("territory", "north").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("territory"));
        mvc.perform(get("/api/v1/customers").param("field", "nope").param("value", "1").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customField"));
        mvc.perform(get("/api/v1/customers").param("size", "1000").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/customers/not-a-uuid").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void dueAndOverdueFollowTheLastVisit() throws Exception {
        var rep = people.rep();
        var overdue = fixture.ownedBy(rep);
        jdbc.sql("update customers set last_visit_on = current_date - 400 where id = :id").param("id", overdue.id().value()).update();
        var recent = fixture.ownedBy(rep);
        jdbc.sql("update customers set last_visit_on = current_date - 1 where id = :id").param("id", recent.id().value()).update();
        var never = fixture.ownedBy(rep);

        mvc.perform(get("/api/v1/customers").param("owner", "me").param("due", "overdue").with(as(rep)))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(overdue.id().toString())));
        mvc.perform(get("/api/v1/customers").param("owner", "me").param("due", "due").param("sort", "name").with(as(rep)))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(
                        overdue.id().toString(), never.id().toString())));
    }

    @Test
    void theOpenApiDocumentDescribesTheCustomerEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/customers/external/{externalId}")))
                .andExpect(content().string(containsString("/api/v1/customers/{id}/notes")))
                .andExpect(content().string(containsString("/api/v1/custom-fields/{key}")));
    }

    @Test
    void ifMatchStarOverwritesOnPurpose() throws Exception {
        var rep = people.rep();
        var id = create(rep, unique("Kiosque"));
        mvc.perform(json(put("/api/v1/customers/" + id), customerJson("Renamed")).header("If-Match", "*").with(as(rep)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put("/api/v1/customers/" + id), customerJson("Again")).header("If-Match", "seven").with(as(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    @Test
    void contactsAndNotesOverRest() throws Exception {
        var rep = people.rep();
        var id = create(rep, unique("Pharmacie"));
        mvc.perform(json(post("/api/v1/customers/" + id + "/contacts"), """
                {"name": "Paul Girard", "role": "Pharmacien", "phone": "04 72 00 00 00", "email": "paul@example.fr"}""")
                        .with(as(rep))).andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Paul Girard"));
        mvc.perform(json(post("/api/v1/customers/" + id + "/contacts"), "{\"name\": \"\", \"email\": \"x\"}").with(as(rep)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/customers/" + id + "/notes"), "{\"text\": \"Called, visit next week.\"}").with(as(rep)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/customers/" + id + "/contacts").with(as(rep))).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/customers/" + id + "/notes").with(as(rep)))
                .andExpect(jsonPath("$[0].text").value("Called, visit next week."))
                .andExpect(jsonPath("$[0].authorId").value(rep.id().toString()));
    }
}

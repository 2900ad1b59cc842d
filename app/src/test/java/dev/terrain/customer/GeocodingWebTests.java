package dev.terrain.customer;

import static dev.terrain.customer.TransferFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Locations to correct and placing a customer by hand, over the API and on the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class GeocodingWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;
    @Autowired JdbcClient jdbc;

    @Test
    void missingLocationsAreListedAndAPinSavesThemAsEntered() throws Exception {
        var rep = people.rep();
        var c = customers.customer(rep, unique("No coordinates"));
        mvc.perform(get("/api/v1/customers/locations/problems").param("size", "100").with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(c.toString())));

        mvc.perform(put("/api/v1/customers/" + c + "/location").with(as(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\": 45.7578, \"longitude\": \"4.832\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quality").value("ENTERED"))
                .andExpect(jsonPath("$.latitude").value(45.7578));

        assertThat(customers.quality(c)).isEqualTo("ENTERED");
        assertThat(customers.auditActions(c)).containsExactly("located");
        mvc.perform(get("/api/v1/customers/locations/problems").param("size", "100").with(as(rep)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(c.toString()))));
    }

    @Test
    void invalidCoordinatesNameLatitudeAndLongitude() throws Exception {
        var rep = people.rep();
        var c = customers.customer(rep, unique("Bad pin"));
        mvc.perform(put("/api/v1/customers/" + c + "/location").with(as(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\": 91, \"longitude\": \"east\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("latitude", "longitude")));
        mvc.perform(put("/api/v1/customers/" + c + "/location").with(as(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\": 45}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("longitude"));
        mvc.perform(post("/customers/locations/" + c).param("latitude", "45.7").param("longitude", "999")
                        .with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"longitude-error\"")));
        assertThat(customers.quality(c)).isEqualTo("MISSING");
    }

    @Test
    void anotherUsersCustomerIsNotFound() throws Exception {
        var rep = people.rep();
        var other = people.rep();
        var c = customers.customer(other, unique("Not mine"));
        mvc.perform(put("/api/v1/customers/" + c + "/location").with(as(rep)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"latitude\": 45, \"longitude\": 4}")).andExpect(status().isNotFound());
        mvc.perform(get("/customers/locations/" + c).with(as(rep))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/locations/problems").param("size", "100").with(as(rep)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(c.toString()))));
        mvc.perform(get("/api/v1/customers/locations/problems").param("quality", "GOOD").with(as(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quality"));
        assertThat(customers.quality(c)).isEqualTo("MISSING");
    }

    @Test
    void thePagesListAndPlaceCustomers() throws Exception {
        var rep = people.rep();
        var name = unique("Pin page");
        var c = customers.customer(rep, name);
        mvc.perform(get("/customers/locations").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/customers/locations").header("HX-Request", "true").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/customers/locations/" + c).with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pin-map\"")));
        mvc.perform(post("/customers/locations/" + c).param("latitude", "45,75").param("longitude", "4.85")
                        .with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select latitude from customers where id = :id").param("id", c).query(Double.class).single())
                .isEqualTo(45.75);
    }
}

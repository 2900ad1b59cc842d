package dev.terrain.customer;

import static dev.terrain.customer.TransferFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.UsersFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The map's data through the API and the session, per role, and the map page itself. */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerMapWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;
    @Autowired SettingsManagement settings;

    CurrentUser owner;
    CurrentUser supervisorOfOwner;
    UUID customer;

    @BeforeEach
    void customerOnTheMap() {
        var group = people.group();
        owner = people.rep(group);
        supervisorOfOwner = people.supervisor(group);
        // The map counts days in the company's time zone, whose date can differ from the machine's (UTC) near midnight.
        var today = LocalDate.now(settings.company().timeZone());
        customer = customers.customerAt(owner, unique("Mapped"), 45.76, 4.83, today.minusDays(50), 30);
    }

    void sees(CurrentUser viewer, boolean visible) throws Exception {
        Matcher<Iterable<? super String>> seen = hasItem(customer.toString());
        for (var path : new String[] { "/api/v1/customers/map", "/customers/map/data" }) {
            mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.markers[*].id").value(visible ? seen : not(seen)));
        }
    }

    @Test
    void eachRoleSeesWhatTheVisibilityRuleAllows() throws Exception {
        sees(people.admin(), true);
        sees(supervisorOfOwner, true);
        sees(people.supervisor(people.group()), false);
        sees(owner, true);
        sees(people.rep(people.group()), false);
    }

    @Test
    void markersCarryTheirUrgencyAndTheBoxNarrows() throws Exception {
        mvc.perform(get("/api/v1/customers/map").param("bbox", "4.82,45.75,4.84,45.77").with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.markers[?(@.id == '%s')].urgency", customer).value(hasItem("LONG_OVERDUE")))
                .andExpect(jsonPath("$.markers[?(@.id == '%s')].daysSinceVisit", customer).value(hasItem(50)));
        mvc.perform(get("/api/v1/customers/map").param("bbox", "2.0,48.0,2.5,49.0").with(as(owner)))
                .andExpect(jsonPath("$.markers[*].id").value(not(hasItem(customer.toString()))));
    }

    @Test
    void aBadBoxIsABadRequestNamingIt() throws Exception {
        for (var bbox : new String[] { "1,2,3", "a,b,c,d", "4,50,5,40", "0,0,200,10", "NaN,1,2,3" }) {
            mvc.perform(get("/api/v1/customers/map").param("bbox", bbox).with(as(owner)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bbox"));
        }
        mvc.perform(get("/customers/map/data").param("bbox", "x").with(as(owner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bbox"));
    }

    @Test
    void thePageHasTheMapTheLegendAndTheConfiguredTilesInBothLanguages() throws Exception {
        mvc.perform(get("/customers/map").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"customer-map\"")))
                .andExpect(content().string(containsString("data-tiles=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"")))
                .andExpect(content().string(containsString("Long overdue")))
                .andExpect(content().string(containsString("/dist/leaflet.js")));
        mvc.perform(get("/customers/map").param("lang", "fr").with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Carte des clients")))
                .andExpect(content().string(containsString("Très en retard")));
        mvc.perform(get("/customers/map")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/customers/map")).andExpect(status().isUnauthorized());
    }
}

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/transfers} and the transfer pages: who may do what, problem documents, the wizard's steps. */
@SpringBootTest
@AutoConfigureMockMvc
class TransfersWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;

    CurrentUser supervisor;
    CurrentUser from;
    CurrentUser to;

    @BeforeEach
    void team() {
        var group = people.group();
        supervisor = people.supervisor(group);
        from = people.rep(group);
        to = people.rep(group);
    }

    String body(UUID customer, CurrentUser target, String extra) {
        return """
                {"customerIds": ["%s"], "toUserId": "%s"%s}""".formatted(customer, target.id(), extra);
    }

    @Test
    void aSupervisorTransfersListsReadsAndEndsThroughTheApi() throws Exception {
        var c = customers.customer(from, unique("Api"));
        var created = mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, to, ", \"temporary\": true, \"endsOn\": \"" + LocalDate.now().plusDays(7) + "\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.to.id").value(to.id().toString()))
                .andExpect(jsonPath("$.customers[0].id").value(c.toString()))
                .andExpect(jsonPath("$.customers[0].state").value("MOVED"))
                .andReturn().getResponse().getContentAsString();
        var id = created.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*$", "$1");

        mvc.perform(get("/api/v1/transfers").param("user", from.id().toString()).param("status", "active")
                        .with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/transfers/" + id).with(as(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.customerCount").value(1));
        mvc.perform(post("/api/v1/transfers/" + id + "/end").with(as(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post("/api/v1/transfers/" + id + "/end").with(as(supervisor))).andExpect(status().isConflict());
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
    }

    @Test
    void badInputIsAProblemDocumentNamingTheField() throws Exception {
        var c = customers.customer(from, unique("Bad"));
        var today = LocalDate.now();
        mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, to, ", \"temporary\": true, \"startsOn\": \"%s\", \"endsOn\": \"%s\""
                                .formatted(today.plusDays(3), today.plusDays(1)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        var admin = people.admin();
        mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, admin, "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toUserId"));
        mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\": [], \"toUserId\": \"" + to.id() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customerIds"));
        mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\": 12"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/transfers").param("status", "' or 1=1 --").with(as(supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/transfers").param("user", "nope").with(as(supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("user"));
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
    }

    @Test
    void anotherGroupsCustomerOrTransferIsNotFound() throws Exception {
        var outsider = people.rep(people.group());
        var hidden = customers.customer(outsider, unique("Hidden"));
        mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(hidden, to, "")))
                .andExpect(status().isNotFound());
        assertThat(customers.ownerOf(hidden)).isEqualTo(outsider.id().value());

        var c = customers.customer(from, unique("Mine"));
        var otherSupervisor = people.supervisor(people.group());
        var created = mvc.perform(post("/api/v1/transfers").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content(body(c, to, ""))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = created.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*$", "$1");
        mvc.perform(get("/api/v1/transfers/" + id).with(as(otherSupervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/transfers/" + UUID.randomUUID()).with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/transfers/not-a-uuid").with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/transfers/" + id).with(as(otherSupervisor))).andExpect(status().isNotFound());
    }

    @Test
    void repsAreDeniedTransfersByDefault() throws Exception {
        var c = customers.customer(from, unique("Rep"));
        mvc.perform(post("/api/v1/transfers").with(as(from)).contentType(MediaType.APPLICATION_JSON)
                .content(body(c, to, ""))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/transfers").with(as(from))).andExpect(status().isForbidden());
        mvc.perform(get("/transfers").with(as(from))).andExpect(status().isForbidden());
        mvc.perform(get("/transfers/new").with(as(from))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as(from))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"nav-transfers\""))))
                .andExpect(content().string(containsString("id=\"nav-map\"")));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/transfers")).andExpect(status().isUnauthorized());
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
    }

    @Test
    void theWizardSelectsChoosesConfirmsAndShowsTheTransfer() throws Exception {
        var name = unique("Wizard");
        var c = customers.customer(from, name);
        mvc.perform(get("/").with(as(supervisor))).andExpect(content().string(containsString("id=\"nav-transfers\"")));
        mvc.perform(get("/transfers/new").param("q", name).with(as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/transfers/new").param("q", name).header("HX-Request", "true").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/transfers/new/target").with(as(supervisor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("select at least one customer")));
        mvc.perform(post("/transfers/new/target").param("all", "true").param("q", name).with(as(supervisor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + c + "\"")))
                .andExpect(content().string(containsString(to.displayName())));
        mvc.perform(post("/transfers/new/confirm").param("customerIds", c.toString()).param("toUserId", to.id().toString())
                        .param("mode", "MOVE").param("duration", "TEMPORARY").param("startsOn", LocalDate.now().plusDays(4).toString())
                        .param("endsOn", LocalDate.now().plusDays(2).toString()).with(as(supervisor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ends before it starts")));
        mvc.perform(post("/transfers/new/confirm").param("customerIds", c.toString()).param("toUserId", to.id().toString())
                        .param("mode", "MOVE").param("duration", "PERMANENT").with(as(supervisor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("id=\"confirm-transfer\"")));
        assertThat(customers.ownerOf(c)).as("nothing is written before the confirmation").isEqualTo(from.id().value());
        mvc.perform(post("/transfers").param("customerIds", c.toString()).param("toUserId", to.id().toString())
                        .param("mode", "MOVE").param("duration", "PERMANENT").with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/transfers/*?created"));
        assertThat(customers.ownerOf(c)).isEqualTo(to.id().value());
        mvc.perform(get("/transfers").param("user", to.id().toString()).with(as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString(to.displayName())));
    }

    @Test
    void theListAnswersHtmxWithItsResultsOnly() throws Exception {
        mvc.perform(get("/transfers").header("HX-Request", "true").with(as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"transfer-results\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/transfers").param("lang", "fr").with(as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouveau transfert")));
    }
}

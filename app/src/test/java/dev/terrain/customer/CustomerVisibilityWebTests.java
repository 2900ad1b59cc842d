package dev.terrain.customer;

import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The one visibility rule on every read path, for every kind of reader: the list page, the search (htmx), the
 * card, the REST list and count, REST get, contacts and notes. A reader who may not see the customer gets 404
 * for its id, exactly as for an id that does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerVisibilityWebTests {

    /** Who reads, and whether they see the customer. */
    enum Reader {
        ADMIN(true), SUPERVISOR_OF_OWNERS_GROUP(true), SUPERVISOR_OF_ANOTHER_GROUP(false), OWNER(true),
        ANOTHER_REP(false), MEMBER_OF_HOLDING_TERRITORY(true), MEMBER_OF_ANCESTOR_TERRITORY(true),
        MEMBER_OF_SIBLING_TERRITORY(false);

        final boolean sees;

        Reader(boolean sees) {
            this.sees = sees;
        }
    }

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired CustomersFixture fixture;
    @Autowired CustomerManagement customers;

    private final Map<Reader, CurrentUser> readers = new EnumMap<>(Reader.class);
    private CustomerView customer;
    private UUID ancestor;

    @BeforeAll
    void world() {
        var ownersGroup = people.group();
        var otherGroup = people.group();
        var owner = people.rep(ownersGroup);
        readers.put(Reader.ADMIN, people.admin());
        readers.put(Reader.SUPERVISOR_OF_OWNERS_GROUP, people.supervisor(ownersGroup));
        readers.put(Reader.SUPERVISOR_OF_ANOTHER_GROUP, people.supervisor(otherGroup));
        readers.put(Reader.OWNER, owner);
        readers.put(Reader.ANOTHER_REP, people.rep(otherGroup));
        readers.put(Reader.MEMBER_OF_HOLDING_TERRITORY, people.rep(otherGroup));
        readers.put(Reader.MEMBER_OF_ANCESTOR_TERRITORY, people.rep());
        readers.put(Reader.MEMBER_OF_SIBLING_TERRITORY, people.rep());

        customer = fixture.ownedBy(owner, unique("Visible Boulangerie"));
        customers.addContact(owner, customer.id(), new ContactDraft("Secret Contact", null, null, null, null));
        customers.addNote(owner, customer.id(), "Secret note");
        ancestor = fixture.territory(null);
        var holding = fixture.territory(fixture.territory(ancestor));
        var sibling = fixture.territory(ancestor);
        fixture.hold(holding, customer.id());
        fixture.member(holding, readers.get(Reader.MEMBER_OF_HOLDING_TERRITORY));
        fixture.member(ancestor, readers.get(Reader.MEMBER_OF_ANCESTOR_TERRITORY));
        fixture.member(sibling, readers.get(Reader.MEMBER_OF_SIBLING_TERRITORY));
    }

    private ResultMatcher pageShows(Reader reader) {
        var link = ">" + customer.name() + "</a>";
        return reader.sees ? content().string(containsString(link)) : content().string(not(containsString(link)));
    }

    private ResultMatcher found(Reader reader) {
        return reader.sees ? status().isOk() : status().isNotFound();
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theListPageAndTheSearch(Reader reader) throws Exception {
        var user = readers.get(reader);
        mvc.perform(get("/customers").param("sort", "updated").with(as(user))).andExpect(status().isOk())
                .andExpect(pageShows(reader));
        mvc.perform(get("/customers").param("q", customer.name()).with(as(user))).andExpect(status().isOk())
                .andExpect(pageShows(reader));
        mvc.perform(get("/customers").param("q", customer.name()).header("HX-Request", "true").with(as(user)))
                .andExpect(status().isOk()).andExpect(pageShows(reader))
                .andExpect(content().string(containsString(reader.sees ? "1 customers" : "0 customers")));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theCardPage(Reader reader) throws Exception {
        mvc.perform(get("/customers/" + customer.id()).with(as(readers.get(reader))))
                .andExpect(found(reader)).andExpect(content().string(reader.sees ? containsString("Secret note")
                        : not(containsString("Secret note"))));
        mvc.perform(get("/customers/" + customer.id() + "/edit").with(as(readers.get(reader)))).andExpect(found(reader));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theRestListCountAndTerritoryFilter(Reader reader) throws Exception {
        var user = readers.get(reader);
        mvc.perform(get("/api/v1/customers").param("q", customer.name()).with(as(user))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(reader.sees ? 1 : 0));
        mvc.perform(get("/api/v1/customers").param("territory", ancestor.toString()).with(as(user)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(reader.sees ? 1 : 0));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void restGetContactsAndNotes(Reader reader) throws Exception {
        var user = readers.get(reader);
        var id = customer.id();
        mvc.perform(get("/api/v1/customers/" + id).with(as(user))).andExpect(found(reader));
        mvc.perform(get("/api/v1/customers/" + id + "/contacts").with(as(user))).andExpect(found(reader))
                .andExpect(content().string(reader.sees ? containsString("Secret Contact") : not(containsString("Secret Contact"))));
        mvc.perform(get("/api/v1/customers/" + id + "/notes").with(as(user))).andExpect(found(reader))
                .andExpect(content().string(reader.sees ? containsString("Secret note") : not(containsString("Secret note"))));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void anUnknownIdIsNotFoundLikeAnInvisibleOne(Reader reader) throws Exception {
        var user = readers.get(reader);
        var unknown = UUID.randomUUID();
        mvc.perform(get("/customers/" + unknown).with(as(user))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + unknown).with(as(user))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + unknown + "/notes").with(as(user))).andExpect(status().isNotFound());
    }
}

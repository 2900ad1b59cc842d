package dev.terrain.customer;

import static dev.terrain.customer.CustomersFixture.unique;
import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The customer pages: list with htmx fragment, card, forms with field errors in the reader's language, custom fields. */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerPagesWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired CustomersFixture fixture;
    @Autowired CustomerManagement customers;

    @Test
    void badInputOnAPageIsA400ThatNamesTheField() throws Exception {
        var rep = people.rep();
        mvc.perform(get("/customers").param("owner", "not-an-id").with(as(rep))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"filter-problems\"")))
                .andExpect(content().string(containsString("owner: is not an id")));
        // a page whose failure the module's error page answers: the field is named there too
        mvc.perform(post("/customers/locations/" + java.util.UUID.randomUUID()).param("latitude", "45.7")
                        .param("longitude", "4.8").with(as(rep)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This record does not exist or you may not see it.")));
    }

    @Test
    void theListShowsTheRepsCustomersAndAnHtmxRequestGetsOnlyTheResults() throws Exception {
        var rep = people.rep();
        var mine = fixture.ownedBy(rep, unique("Fromagerie Mine"));

        mvc.perform(get("/customers").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(mine.name())))
                .andExpect(content().string(containsString("id=\"customer-search\"")));
        mvc.perform(get("/customers").param("q", mine.name()).header("HX-Request", "true").with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("customer-search"))))
                .andExpect(content().string(containsString("id=\"customer-results\"")))
                .andExpect(content().string(containsString(mine.name())));
        mvc.perform(get("/customers").param("q", "zz-nothing-" + unique("q")).header("HX-Request", "true").with(as(rep)))
                .andExpect(content().string(containsString("No customer matches.")));
    }

    @Test
    void aBadFilterIsNamedInsteadOfFailing() throws Exception {
        mvc.perform(get("/customers").param("status", "GONE").with(as(people.rep())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"filter-problems\"")));
    }

    @Test
    void theCardShowsDetailsPolicyHoursContactsNotesAndDueDate() throws Exception {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep, unique("Librairie"));
        customers.addContact(rep, customer.id(), new ContactDraft("Anne Roche", "Gérante", null, null, null));
        customers.addNote(rep, customer.id(), "Prefers mornings.");

        mvc.perform(get("/customers/" + customer.id()).with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString(customer.name())))
                .andExpect(content().string(containsString("Anne Roche")))
                .andExpect(content().string(containsString("Prefers mornings.")))
                .andExpect(content().string(containsString("id=\"next-due\"")))
                .andExpect(content().string(containsString("never")))
                .andExpect(content().string(containsString("Opening hours")));
        mvc.perform(get("/customers/" + customer.id()).param("lang", "fr").with(as(rep)))
                .andExpect(content().string(containsString("Horaires d")))
                .andExpect(content().string(containsString("jamais")));
    }

    @Test
    void addingANoteThroughHtmxAnswersTheTimelineOnly() throws Exception {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        mvc.perform(post("/customers/" + customer.id() + "/notes").param("text", "Ordered 12 boxes.")
                        .header("HX-Request", "true").with(as(rep)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Ordered 12 boxes.")));
        mvc.perform(post("/customers/" + customer.id() + "/notes").param("text", " ")
                        .header("HX-Request", "true").with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"note-error\"")));
        assertThat(customers.notes(rep, customer.id(), 10)).hasSize(1);
    }

    @Test
    void aRepEditsAContactOnTheCardAndItsExternalIdStays() throws Exception {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        var contact = customers.addContact(rep, customer.id(),
                new ContactDraft("Anne Roche", "Gérante", null, null, unique("ERP-contact")));
        var address = "/customers/" + customer.id() + "/contacts/" + contact.id();

        mvc.perform(get(address + "/edit").header("HX-Request", "true").with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"edit-contact-form\"")))
                .andExpect(content().string(containsString("value=\"Anne Roche\"")));
        mvc.perform(get(address + "/edit").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"edit-contact-form\"")));

        mvc.perform(post(address).param("name", "Anne Roche-Martin").param("role", "Acheteuse")
                        .param("phone", "+33 4 72 00 00 00").param("email", "anne@example.fr")
                        .header("HX-Request", "true").with(as(rep)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"edit-contact-form\""))))
                .andExpect(content().string(containsString("Anne Roche-Martin")));
        assertThat(customers.contacts(rep, customer.id())).singleElement().isEqualTo(new Contact(contact.id(),
                customer.id(), "Anne Roche-Martin", "Acheteuse", "+33 4 72 00 00 00", "anne@example.fr",
                contact.externalId()));

        mvc.perform(post(address).param("name", "Anne Martin").with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/customers/*#contacts"));
        assertThat(customers.contacts(rep, customer.id())).singleElement()
                .extracting(Contact::name, Contact::role, Contact::externalId)
                .containsExactly("Anne Martin", null, contact.externalId());
    }

    @Test
    void aBadContactEditNamesTheFieldInTheReadersLanguageAndChangesNothing() throws Exception {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        var contact = customers.addContact(rep, customer.id(), new ContactDraft("Paul Girard", null, null, null, null));
        var address = "/customers/" + customer.id() + "/contacts/" + contact.id();

        mvc.perform(post(address).param("name", "Paul Girard").param("email", "paul-at-work")
                        .header("HX-Request", "true").with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"edit-contact-error-email\"")))
                .andExpect(content().string(containsString("is not an e-mail address")))
                .andExpect(content().string(containsString("value=\"paul-at-work\"")));
        mvc.perform(post(address).param("name", " ").param("lang", "fr").with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"edit-contact-error-name\"")))
                .andExpect(content().string(containsString("est obligatoire")));
        assertThat(customers.contacts(rep, customer.id())).singleElement().isEqualTo(contact);
    }

    @Test
    void aContactOfAnotherRepsOrAnotherCustomerCannotBeEdited() throws Exception {
        var rep = people.rep();
        var other = people.rep();
        var theirs = fixture.ownedBy(other);
        var theirContact = customers.addContact(other, theirs.id(), new ContactDraft("Luc Blanc", null, null, null, null));
        var mine = fixture.ownedBy(rep);
        var mineToo = fixture.ownedBy(rep);
        var myContact = customers.addContact(rep, mineToo.id(), new ContactDraft("Eva Noir", null, null, null, null));

        mvc.perform(get("/customers/" + theirs.id() + "/contacts/" + theirContact.id() + "/edit").with(as(rep)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + theirs.id() + "/contacts/" + theirContact.id()).param("name", "Taken over")
                .with(as(rep)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + mine.id() + "/contacts/" + theirContact.id()).param("name", "Taken over")
                .with(as(rep)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + mine.id() + "/contacts/" + myContact.id()).param("name", "Moved")
                .with(as(rep)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + mine.id() + "/contacts/not-an-id").param("name", "Moved")
                .with(as(rep)).with(csrf())).andExpect(status().isNotFound());

        assertThat(customers.contacts(other, theirs.id())).containsExactly(theirContact);
        assertThat(customers.contacts(rep, mineToo.id())).containsExactly(myContact);
        assertThat(customers.contacts(rep, mine.id())).isEmpty();
    }

    @Test
    void theCreateFormNamesBadFieldsInTheReadersLanguage() throws Exception {
        var rep = people.rep();
        mvc.perform(post("/customers").param("name", "Garage").param("latitude", "north").param("longitude", "4.8")
                        .param("hours1", "14:00-12:00").param("visitFrequencyDays", "0").param("lang", "fr")
                        .with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-latitude\"")))
                .andExpect(content().string(containsString("doit être un nombre")));
        mvc.perform(post("/customers").param("name", "Garage").param("hours1", "14:00-12:00")
                        .param("visitFrequencyDays", "0").with(as(rep)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-hours1\"")))
                .andExpect(content().string(containsString("must end after it opens")))
                .andExpect(content().string(containsString("must be between 7 and 730")));
    }

    @Test
    void aRepCreatesAndEditsACustomerThroughTheForms() throws Exception {
        var rep = people.rep();
        var name = unique("Épicerie");
        var location = mvc.perform(post("/customers").param("name", name).param("city", "Vienne").param("category", "C")
                        .param("hours1", "08:30-12:00, 14:00-18:30").param("closingDays", "2026-12-24..2026-12-26 Noël")
                        .param("preferredDays", "TUESDAY").with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/customers/*?created"))
                .andReturn().getResponse().getRedirectedUrl();
        var id = CustomerId.of(location.replaceAll("^/customers/([0-9a-f-]{36}).*", "$1"));
        var created = customers.get(rep, id);
        assertThat(created.visitPolicy().openingHours()).hasSize(2);
        assertThat(created.visitPolicy().closingDays()).singleElement().extracting(ClosingPeriod::reason).isEqualTo("Noël");
        assertThat(created.owner().id()).isEqualTo(rep.id());

        mvc.perform(get("/customers/" + id + "/edit").with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("08:30-12:00, 14:00-18:30")));
        mvc.perform(post("/customers/" + id).param("name", name).param("city", "Lyon").param("category", "C")
                        .param("version", "0").with(as(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(customers.get(rep, id).address().city()).isEqualTo("Lyon");

        mvc.perform(post("/customers/" + id).param("name", name).param("city", "Givors").param("version", "0")
                        .with(as(rep)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this customer")));
        assertThat(customers.get(rep, id).address().city()).isEqualTo("Lyon");
    }

    @Test
    void onlyAdminsManageCustomFieldsOnTheirScreen() throws Exception {
        var admin = people.admin();
        var key = "terrace_" + unique("k").substring(2).replace("-", "");
        mvc.perform(get("/custom-fields").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/custom-fields").with(as(people.rep()))).andExpect(status().isForbidden());
        mvc.perform(post("/custom-fields").param("key", key).param("label", "Terrace").param("type", "BOOLEAN")
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/custom-fields").param("key", "Bad Key").param("label", "").param("type", "TEXT")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-key\"")))
                .andExpect(content().string(containsString("id=\"error-label\"")));
        mvc.perform(get("/customers/new").with(as(admin))).andExpect(content().string(containsString("cf." + key)));
        mvc.perform(post("/custom-fields/" + key + "/delete").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(customers.customFields()).noneMatch(d -> d.key().equals(key));
    }

    @Test
    void buttonsTheUserMayNotUseAreHidden() throws Exception {
        var rep = people.rep();
        var customer = fixture.ownedBy(rep);
        mvc.perform(get("/customers/" + customer.id()).with(as(rep)))
                .andExpect(content().string(containsString("id=\"edit-customer\"")))
                .andExpect(content().string(not(containsString("id=\"delete-customer\""))));
        mvc.perform(post("/customers/" + customer.id() + "/delete").with(as(rep)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

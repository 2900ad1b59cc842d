package dev.terrain.customer.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.customer.Contact;
import dev.terrain.customer.ContactDraft;
import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerPaging;
import dev.terrain.customer.CustomerSort;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.internal.CustomerChoices;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list (search, filters, paging; an htmx request gets only the results) and the customer card
 * with its contacts and notes timeline (adding a note through htmx answers the timeline alone, editing a
 * contact through htmx the contacts section alone).
 */
@Controller
@RequestMapping("/customers")
class CustomersController {

    private final CustomerManagement customers;
    private final CustomerChoices choices;
    private final SettingsManagement settings;
    private final PageProblems problems;

    CustomersController(CustomerManagement customers, CustomerChoices choices, SettingsManagement settings,
            PageProblems problems) {
        this.customers = customers;
        this.choices = choices;
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping
    String list(CurrentUser actor, ListParams params, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, Locale locale, HttpServletResponse response) {
        CustomerFilter filter;
        try {
            filter = CustomerParams.filter(actor, params.q(), params.territory(), params.owner(), params.category(),
                    params.status(), params.due(), params.field(), params.value());
            model.addAttribute("page", customers.list(actor, filter,
                    new CustomerPaging(params.pageNumber(), CustomerPaging.DEFAULT_SIZE, CustomerSort.parse(params.sort()))));
            model.addAttribute("filterProblems", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", customers.list(actor, CustomerFilter.none(), new CustomerPaging(0, 0, null)));
            model.addAttribute("filterProblems", problems.byField(e.problems(), f -> f, locale));
        }
        model.addAttribute("params", params);
        model.addAttribute("today", today());
        if (htmx != null) {
            return "customer/list :: results";
        }
        model.addAttribute("categories", customers.categories());
        model.addAttribute("statuses", CustomerStatus.values());
        model.addAttribute("owners", choices.owners(actor));
        model.addAttribute("territories", choices.territories(actor));
        model.addAttribute("fields", customers.customFields());
        model.addAttribute("sorts", CustomerSort.values());
        return "customer/list";
    }

    @GetMapping("/{id}")
    String card(CurrentUser actor, @PathVariable String id, Model model) {
        var customer = customers.get(actor, CustomerParams.customer(id));
        model.addAttribute("customer", customer);
        model.addAttribute("contacts", customers.contacts(actor, customer.id()));
        model.addAttribute("notes", customers.notes(actor, customer.id(), 100));
        model.addAttribute("fields", customers.customFields());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("today", today());
        model.addAttribute("zone", settings.company().timeZone());
        model.addAttribute("problems", Map.of());
        return "customer/card";
    }

    @PostMapping("/{id}/notes")
    String addNote(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String text,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        var customerId = CustomerParams.customer(id);
        try {
            customers.addNote(actor, customerId, text);
            if (htmx == null) {
                return "redirect:/customers/" + customerId + "#notes";
            }
            model.addAttribute("problems", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems.byField(e.problems(), f -> "note", locale));
            model.addAttribute("noteText", text);
            if (htmx == null) {
                return card(actor, id, model);
            }
        }
        model.addAttribute("customer", customers.get(actor, customerId));
        model.addAttribute("notes", customers.notes(actor, customerId, 100));
        model.addAttribute("zone", settings.company().timeZone());
        return "customer/card :: notes";
    }

    @PostMapping("/{id}/contacts")
    String addContact(CurrentUser actor, @PathVariable String id, ContactDraft contact, Model model, Locale locale,
            HttpServletResponse response) {
        var customerId = CustomerParams.customer(id);
        try {
            customers.addContact(actor, customerId, contact);
            return "redirect:/customers/" + customerId + "#contacts";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            card(actor, id, model);
            model.addAttribute("problems", problems.byField(e.problems(), f -> "contact." + f, locale));
            model.addAttribute("contactForm", contact);
            return "customer/card";
        }
    }

    /** The card with one contact turned into a form; an htmx request gets the contacts section alone. */
    @GetMapping("/{id}/contacts/{contactId}/edit")
    String editContactForm(CurrentUser actor, @PathVariable String id, @PathVariable String contactId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var customerId = CustomerParams.customer(id);
        var contact = contactOf(actor, customerId, contactId);
        model.addAttribute("editedContact", contact);
        return contacts(actor, customerId, htmx, model);
    }

    /**
     * Saves a contact's name, role, phone and e-mail; its external id (set through the API) is kept. A contact
     * of another customer than the one in the address, or of a customer the user does not see, is 404.
     */
    @PostMapping("/{id}/contacts/{contactId}")
    String editContact(CurrentUser actor, @PathVariable String id, @PathVariable String contactId,
            @RequestParam(required = false) String name, @RequestParam(required = false) String role,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        var customerId = CustomerParams.customer(id);
        var contact = contactOf(actor, customerId, contactId);
        var draft = new ContactDraft(name, role, phone, email, contact.externalId());
        try {
            customers.editContact(actor, customerId, contact.id(), draft);
            if (htmx == null) {
                return "redirect:/customers/" + customerId + "#contacts";
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("editedContact", new Contact(contact.id(), customerId, name, role, phone, email,
                    contact.externalId()));
            model.addAttribute("problems", problems.byField(e.problems(), f -> "editedContact." + f, locale));
        }
        return contacts(actor, customerId, htmx, model);
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    String removeContact(CurrentUser actor, @PathVariable String id, @PathVariable String contactId) {
        var customerId = CustomerParams.customer(id);
        customers.removeContact(actor, customerId, CustomerParams.contact(contactId));
        return "redirect:/customers/" + customerId + "#contacts";
    }

    private Contact contactOf(CurrentUser actor, CustomerId customer, String contactId) {
        var wanted = CustomerParams.contact(contactId);
        return customers.contacts(actor, customer).stream().filter(c -> c.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException("Contact", wanted));
    }

    /** The contacts section for htmx, the whole card otherwise; problems already in the model stay. */
    private String contacts(CurrentUser actor, CustomerId customer, String htmx, Model model) {
        var found = model.getAttribute("problems");
        if (htmx == null) {
            card(actor, customer.toString(), model);
        } else {
            model.addAttribute("customer", customers.get(actor, customer));
            model.addAttribute("contacts", customers.contacts(actor, customer));
        }
        model.addAttribute("problems", found == null ? Map.of() : found);
        return htmx == null ? "customer/card" : "customer/card :: contacts";
    }

    private LocalDate today() {
        return LocalDate.now(settings.company().timeZone());
    }

    /** The list's query parameters, kept to build the pager's and the filters' links. */
    record ListParams(String q, String territory, String owner, String category, String status, String due,
            String field, String value, String sort, Integer page) {

        int pageNumber() {
            return page == null ? 0 : page;
        }

    }
}

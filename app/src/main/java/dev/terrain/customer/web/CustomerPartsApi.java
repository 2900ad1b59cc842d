package dev.terrain.customer.web;

import java.util.List;

import dev.terrain.customer.CustomerManagement;
import dev.terrain.organization.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A customer's contacts and notes over REST; a customer the caller does not see is 404. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customer contacts and notes", description = "Contact persons and the notes timeline of a customer.")
class CustomerPartsApi {

    private final CustomerManagement customers;

    CustomerPartsApi(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping("/contacts")
    List<ContactJson> contacts(CurrentUser actor, @PathVariable String id) {
        return customers.contacts(actor, CustomerParams.customer(id)).stream().map(ContactJson::of).toList();
    }

    @PostMapping("/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a contact (name required; at most 100 per customer)")
    ContactJson addContact(CurrentUser actor, @PathVariable String id, @RequestBody ContactJson contact) {
        return ContactJson.of(customers.addContact(actor, CustomerParams.customer(id), contact.draft()));
    }

    @PutMapping("/contacts/{contactId}")
    ContactJson editContact(CurrentUser actor, @PathVariable String id, @PathVariable String contactId,
            @RequestBody ContactJson contact) {
        return ContactJson.of(customers.editContact(actor, CustomerParams.customer(id),
                CustomerParams.contact(contactId), contact.draft()));
    }

    @DeleteMapping("/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContact(CurrentUser actor, @PathVariable String id, @PathVariable String contactId) {
        customers.removeContact(actor, CustomerParams.customer(id), CustomerParams.contact(contactId));
    }

    @GetMapping("/notes")
    @Operation(summary = "The notes timeline, newest first (limit 1 to 500, default 100)")
    List<NoteJson> notes(CurrentUser actor, @PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
        return customers.notes(actor, CustomerParams.customer(id), limit).stream().map(NoteJson::of).toList();
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a note written by the caller now (1 to 10,000 characters)")
    NoteJson addNote(CurrentUser actor, @PathVariable String id, @RequestBody NoteJson note) {
        return NoteJson.of(customers.addNote(actor, CustomerParams.customer(id), note == null ? null : note.text()));
    }
}

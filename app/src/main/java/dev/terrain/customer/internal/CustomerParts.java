package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.terrain.customer.Contact;
import dev.terrain.customer.ContactDraft;
import dev.terrain.customer.ContactId;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerNote;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's contacts and notes timeline. Reading them needs sight of the customer (else 404); changing them
 * needs {@code EDIT_CUSTOMERS} as well.
 */
@Service
@Transactional
class CustomerParts {

    static final int MAX_NOTE = 10_000;

    private final Contacts contacts;
    private final Notes notes;
    private final CustomerReads reads;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomerParts(Contacts contacts, Notes notes, CustomerReads reads, Permissions permissions, AuditLog audit,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.notes = notes;
        this.reads = reads;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Contact> contacts(CurrentUser actor, CustomerId customer) {
        requireVisible(actor, customer);
        return contacts.of(customer);
    }

    Contact addContact(CurrentUser actor, CustomerId customer, ContactDraft draft) {
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        requireVisible(actor, customer);
        var clean = check(draft, null);
        int count = contacts.count(customer);
        if (count >= CustomerManagement.MAX_CONTACTS) {
            throw new InvalidInputException("contacts", "a customer has at most " + CustomerManagement.MAX_CONTACTS + " contacts");
        }
        var id = ContactId.random();
        contacts.insert(id, customer, clean, count);
        changed(customer, "contact added", clean.name());
        return contacts.find(customer, id).orElseThrow();
    }

    Contact editContact(CurrentUser actor, CustomerId customer, ContactId contact, ContactDraft draft) {
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        requireVisible(actor, customer);
        var before = contacts.find(customer, contact).orElseThrow(() -> new NotFoundException("Contact", contact));
        var clean = check(draft, contact);
        contacts.update(contact, clean);
        changed(customer, "contact updated", before.name() + " -> " + clean.name());
        return contacts.find(customer, contact).orElseThrow();
    }

    void removeContact(CurrentUser actor, CustomerId customer, ContactId contact) {
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        requireVisible(actor, customer);
        var before = contacts.find(customer, contact).orElseThrow(() -> new NotFoundException("Contact", contact));
        contacts.delete(contact);
        changed(customer, "contact removed", before.name());
    }

    @Transactional(readOnly = true)
    List<CustomerNote> notes(CurrentUser actor, CustomerId customer, int limit) {
        requireVisible(actor, customer);
        return notes.of(customer, Math.max(1, Math.min(500, limit)));
    }

    CustomerNote addNote(CurrentUser actor, CustomerId customer, String text) {
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        requireVisible(actor, customer);
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("text", "is required");
        }
        if (clean.length() > MAX_NOTE) {
            throw new InvalidInputException("text", "must have at most " + MAX_NOTE + " characters");
        }
        var id = notes.insert(customer, actor.id(), clean);
        changed(customer, "note added", clean.length() > 80 ? clean.substring(0, 77) + "..." : clean);
        return notes.find(customer, id);
    }

    private ContactDraft check(ContactDraft draft, ContactId self) {
        var problems = new ArrayList<FieldProblem>();
        var rules = new CustomerRules("", problems);
        if (draft == null) {
            throw new InvalidInputException("name", "is required");
        }
        var clean = new ContactDraft(rules.required("name", draft.name(), 200), rules.optional("role", draft.role(), 100),
                rules.phone(draft.phone()), rules.email(draft.email()),
                rules.optional("externalId", draft.externalId(), 100));
        CustomerWrites.failOn(problems);
        if (contacts.externalIdTaken(clean.externalId(), self)) {
            throw new ConflictException("externalId", "already used by another contact");
        }
        return clean;
    }

    private void requireVisible(CurrentUser actor, CustomerId customer) {
        if (!reads.visible(actor, customer)) {
            throw new NotFoundException("Customer", customer);
        }
    }

    private void changed(CustomerId customer, String action, String summary) {
        audit.record(CustomerWrites.AUDIT_ENTITY, customer, action, summary);
        events.publishEvent(new CustomersChanged(Set.of(customer)));
    }
}

package dev.terrain.customer.web;

import java.util.UUID;

import dev.terrain.customer.Contact;
import dev.terrain.customer.ContactDraft;

/** A contact person in the REST API; {@code id} is ignored on writes. */
record ContactJson(UUID id, String name, String role, String phone, String email, String externalId) {

    static ContactJson of(Contact c) {
        return new ContactJson(c.id().value(), c.name(), c.role(), c.phone(), c.email(), c.externalId());
    }

    ContactDraft draft() {
        return new ContactDraft(name, role, phone, email, externalId);
    }
}

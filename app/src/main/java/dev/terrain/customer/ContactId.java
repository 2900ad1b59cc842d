package dev.terrain.customer;

import java.util.UUID;

/** Identifies a contact person of a customer. */
public record ContactId(UUID value) {

    public ContactId {
        if (value == null) {
            throw new IllegalArgumentException("A contact id needs a value");
        }
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

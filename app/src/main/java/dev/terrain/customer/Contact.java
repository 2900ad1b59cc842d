package dev.terrain.customer;

/** A person to talk to at a customer. */
public record Contact(ContactId id, CustomerId customerId, String name, String role, String phone, String email,
        String externalId) {
}

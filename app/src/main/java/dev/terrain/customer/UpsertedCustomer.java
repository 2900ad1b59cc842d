package dev.terrain.customer;

/** The result of an upsert by external id: the customer as stored, and whether it was new. */
public record UpsertedCustomer(CustomerView customer, boolean created) {
}

package dev.terrain.customer;

/** Where a customer stands with the company. */
public enum CustomerStatus {
    PROSPECT, ACTIVE, INACTIVE
}

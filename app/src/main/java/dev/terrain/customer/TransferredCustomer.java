package dev.terrain.customer;

/**
 * One customer of a transfer: its owner before the transfer started, its copy (copies only), and its state:
 * {@code PENDING} (not started), {@code MOVED}, {@code COPIED}, {@code RETURNED} (back with its original owner),
 * {@code KEPT} (left where it was, e.g. moved again meanwhile).
 */
public record TransferredCustomer(CustomerId id, String name, String city, TransferParty originalOwner,
        CustomerId copyId, String state) {
}

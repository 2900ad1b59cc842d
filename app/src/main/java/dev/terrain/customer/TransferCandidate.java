package dev.terrain.customer;

import java.util.UUID;

/** A customer the transfer wizard offers for selection. */
public record TransferCandidate(CustomerId id, String name, String city, UUID ownerId, String ownerName) {
}

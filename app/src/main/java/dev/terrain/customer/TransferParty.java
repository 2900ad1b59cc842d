package dev.terrain.customer;

import java.util.UUID;

/** A user as a transfer names them: who gave, who received. */
public record TransferParty(UUID id, String name) {
}

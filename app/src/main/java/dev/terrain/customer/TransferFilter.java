package dev.terrain.customer;

import java.util.UUID;

/** Narrows the transfer list: transfers a user gave or received, and/or in one status. Both optional. */
public record TransferFilter(UUID user, TransferStatus status) {

    public static TransferFilter none() {
        return new TransferFilter(null, null);
    }
}

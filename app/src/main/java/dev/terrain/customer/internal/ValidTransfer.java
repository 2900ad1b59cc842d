package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.TransferMode;

/** A transfer request whose every field has been read and checked on its own. */
record ValidTransfer(List<UUID> customerIds, UUID toUserId, TransferMode mode, boolean temporary,
        LocalDate startsOn, LocalDate endsOn) {

    boolean startsBy(LocalDate today) {
        return !startsOn.isAfter(today);
    }
}

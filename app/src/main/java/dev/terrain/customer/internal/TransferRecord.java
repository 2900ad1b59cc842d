package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.util.UUID;

import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferStatus;

/** A transfer as stored, without its customers. */
record TransferRecord(UUID id, TransferMode mode, boolean temporary, TransferStatus status, String reason,
        UUID fromUserId, UUID toUserId, LocalDate startsOn, LocalDate endsOn, int customerCount) {
}

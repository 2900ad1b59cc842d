package dev.terrain.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer as lists, its page and the API show it. {@code customers} holds the customers the viewer may see
 * (empty in lists); {@code customerCount} counts them all.
 *
 * @param from   the one owner the customers had, or null when they came from several
 * @param reason {@code MANUAL}, or {@code HANDOVER} when a deactivated user's customers went to a successor
 */
public record TransferView(UUID id, TransferMode mode, boolean temporary, TransferStatus status, String reason,
        TransferParty from, TransferParty to, LocalDate startsOn, LocalDate endsOn, LocalDate endedOn,
        String createdBy, Instant createdAt, int customerCount, List<TransferredCustomer> customers) {

    public TransferView {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    /** A temporary transfer still waiting or in force can be ended early. */
    public boolean endable() {
        return temporary && (status == TransferStatus.SCHEDULED || status == TransferStatus.ACTIVE);
    }
}

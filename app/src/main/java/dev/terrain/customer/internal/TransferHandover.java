package dev.terrain.customer.internal;

import java.util.UUID;

import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferStatus;
import dev.terrain.organization.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a user is deactivated, the holiday covers they were taking end first: customers they held temporarily
 * return to their owners, covers not yet started are cancelled. Then, with a successor, every customer the
 * leaving user still owns moves to the successor, recorded as a permanent hand-over transfer. All of it in the
 * deactivating transaction.
 */
@Component
class TransferHandover {

    private final TransferCustomers customers;
    private final Transfers transfers;
    private final TransferExecution execution;
    private final TransferClock clock;
    private final dev.terrain.organization.AuditLog audit;

    TransferHandover(TransferCustomers customers, Transfers transfers, TransferExecution execution,
            TransferClock clock, dev.terrain.organization.AuditLog audit) {
        this.customers = customers;
        this.transfers = transfers;
        this.execution = execution;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(UserDeactivated event) {
        var leaving = event.user().value();
        var today = clock.today();
        endCoversBy(leaving, today);
        if (event.successor() == null) {
            return;
        }
        var owned = customers.lockOwnedBy(leaving);
        if (owned.isEmpty()) {
            return;
        }
        var record = new TransferRecord(UUID.randomUUID(), TransferMode.MOVE, false, TransferStatus.SCHEDULED,
                "HANDOVER", leaving, event.successor().value(), today, null, owned.size());
        transfers.insert(record, event.actor());
        transfers.insertItems(record.id(), owned, "PENDING");
        audit.record(TransferExecution.AUDIT_ENTITY, record.id(), "created", "hand-over of " + owned.size()
                + " customer(s) of deactivated user " + leaving + " to " + event.successor());
        execution.start(record, event.actor(), today);
    }

    private void endCoversBy(UUID leaving, java.time.LocalDate today) {
        for (var cover : transfers.lockOpenTemporaryTo(leaving)) {
            if (cover.status() == TransferStatus.ACTIVE) {
                execution.giveBack(cover, today, "the covering user was deactivated");
            } else {
                transfers.setStatus(cover.id(), TransferStatus.CANCELLED, today);
                audit.record(TransferExecution.AUDIT_ENTITY, cover.id(), "cancelled", "the covering user was deactivated");
            }
        }
    }
}

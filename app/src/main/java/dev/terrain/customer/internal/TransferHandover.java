package dev.terrain.customer.internal;

import java.util.UUID;

import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferStatus;
import dev.terrain.organization.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a user is deactivated with a successor, every customer the leaving user owns moves to the successor in
 * the deactivating transaction, recorded as a permanent hand-over transfer. Without a successor nothing moves.
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
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeactivated event) {
        if (event.successor() == null) {
            return;
        }
        var leaving = event.user().value();
        var owned = customers.lockOwnedBy(leaving);
        if (owned.isEmpty()) {
            return;
        }
        var today = clock.today();
        var record = new TransferRecord(UUID.randomUUID(), TransferMode.MOVE, false, TransferStatus.SCHEDULED,
                "HANDOVER", leaving, event.successor().value(), today, null, owned.size());
        transfers.insert(record, event.actor());
        transfers.insertItems(record.id(), owned, "PENDING");
        audit.record(TransferExecution.AUDIT_ENTITY, record.id(), "created", "hand-over of " + owned.size()
                + " customer(s) of deactivated user " + leaving + " to " + event.successor());
        execution.start(record, event.actor(), today);
    }
}

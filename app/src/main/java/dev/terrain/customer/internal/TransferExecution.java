package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferStatus;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries a transfer out, in the caller's transaction, with the transfer row locked: starts it (moves or copies
 * its customers) and gives moved customers back at its end. Announces every changed customer with
 * {@link CustomersChanged} and writes the audit log.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class TransferExecution {

    static final String AUDIT_ENTITY = "transfer";

    private final Transfers transfers;
    private final TransferCustomers customers;
    private final TransferCopies copies;
    private final TransferTargets targets;
    private final TransferTexts texts;
    private final SettingsManagement settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TransferExecution(Transfers transfers, TransferCustomers customers, TransferCopies copies, TransferTargets targets,
            TransferTexts texts, SettingsManagement settings, AuditLog audit, ApplicationEventPublisher events) {
        this.transfers = transfers;
        this.customers = customers;
        this.copies = copies;
        this.targets = targets;
        this.texts = texts;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /** Starts a scheduled transfer; one whose target has left or become an admin meanwhile is cancelled. */
    TransferStatus start(TransferRecord transfer, CurrentUser actor, LocalDate today) {
        var target = targets.find(transfer.toUserId()).filter(t -> t.active() && !t.admin());
        if (target.isEmpty()) {
            transfers.setStatus(transfer.id(), TransferStatus.CANCELLED, today);
            audit.record(AUDIT_ENTITY, transfer.id(), "cancelled", "target user " + transfer.toUserId()
                    + " is deactivated or an admin; nothing moved");
            return TransferStatus.CANCELLED;
        }
        var pending = transfers.itemsIn(transfer.id(), "PENDING");
        customers.lockOwners(pending);
        var changed = new HashSet<UUID>();
        if (transfer.mode() == TransferMode.MOVE) {
            var moving = transfers.markMoving(transfer.id(), transfer.toUserId());
            customers.changeOwner(moving, transfer.toUserId());
            changed.addAll(moving);
        } else {
            var made = copies.copy(pending, transfer.toUserId(), actor == null ? null : actor.id().value(),
                    copyNote(target.get().name()));
            transfers.markCopied(transfer.id(), made);
            changed.addAll(made.values());
        }
        var status = transfer.temporary() ? TransferStatus.ACTIVE : TransferStatus.COMPLETED;
        transfers.setStatus(transfer.id(), status, null);
        announce(changed);
        return status;
    }

    /** Ends a transfer in force: moved customers still with the target go back; the others stay. */
    void giveBack(TransferRecord transfer, LocalDate endedOn, String why) {
        var moved = transfers.itemsIn(transfer.id(), "MOVED");
        customers.lockOwners(moved);
        var returned = customers.returnMoved(transfer.id(), transfer.toUserId());
        transfers.mark(transfer.id(), returned, "RETURNED");
        var kept = new HashSet<>(moved);
        returned.forEach(kept::remove);
        transfers.mark(transfer.id(), kept, "KEPT");
        transfers.setStatus(transfer.id(), TransferStatus.RETURNED, endedOn);
        audit.record(AUDIT_ENTITY, transfer.id(), "returned", why + "; returned: " + returned.size()
                + ", kept (moved again or original owner left): " + kept.size());
        announce(new HashSet<>(returned));
    }

    void announce(java.util.Set<UUID> changed) {
        if (!changed.isEmpty()) {
            events.publishEvent(new CustomersChanged(changed.stream().map(CustomerId::new)
                    .collect(java.util.stream.Collectors.toSet())));
        }
    }

    /** The "copied from" note, in the company's language; {@code {name}} stands for the original's name. */
    private String copyNote(String targetName) {
        Locale locale = settings.company().locale();
        return texts.message(locale == null ? Locale.ENGLISH : locale, "transfer.copyNote", "{name}", targetName);
    }
}

package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.TransferCandidate;
import dev.terrain.customer.TransferFilter;
import dev.terrain.customer.TransferManagement;
import dev.terrain.customer.TransferParty;
import dev.terrain.customer.TransferRequest;
import dev.terrain.customer.TransferStatus;
import dev.terrain.customer.TransferView;
import dev.terrain.customer.internal.TransferCustomers.Selected;
import dev.terrain.customer.internal.TransferTexts.Problem;
import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link TransferManagement}: checks permission, sight and rules, records, starts, audits. */
@Service
@Transactional
class TransferService implements TransferManagement {

    private final Transfers transfers;
    private final TransferCustomers customers;
    private final TransferTargets targets;
    private final TransferExecution execution;
    private final TransferTexts texts;
    private final TransferClock clock;
    private final Permissions permissions;
    private final AuditLog audit;

    TransferService(Transfers transfers, TransferCustomers customers, TransferTargets targets,
            TransferExecution execution, TransferTexts texts, TransferClock clock, Permissions permissions,
            AuditLog audit) {
        this.transfers = transfers;
        this.customers = customers;
        this.targets = targets;
        this.execution = execution;
        this.texts = texts;
        this.clock = clock;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** A request that passed every rule, with its target and its locked customers in selection order. */
    private record Checked(ValidTransfer valid, TransferTargets.Target target, List<Selected> selected,
            java.time.LocalDate today) {

        UUID from() {
            var owners = selected.stream().map(Selected::ownerId).distinct().toList();
            return owners.size() == 1 ? owners.get(0) : null;
        }
    }

    private Checked check(CurrentUser actor, TransferRequest request) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        var today = clock.today();
        var valid = TransferRules.check(request, today, texts);
        var target = targets.inSightOf(actor, valid.toUserId())
                .orElseThrow(() -> texts.invalid("toUserId", "transfer.error.unknownTarget"));
        if (!target.active()) {
            throw texts.invalid("toUserId", "transfer.error.targetInactive");
        }
        if (target.admin()) {
            throw texts.invalid("toUserId", "transfer.error.targetAdmin");
        }
        var selected = inSelectionOrder(valid.customerIds(), customers.lockVisible(actor, valid.customerIds()));
        requireNoneOwnedByTarget(valid, selected);
        return new Checked(valid, target, selected, today);
    }

    @Override
    public TransferView transfer(CurrentUser actor, TransferRequest request) {
        var checked = check(actor, request);
        var valid = checked.valid();
        var record = new TransferRecord(UUID.randomUUID(), valid.mode(), valid.temporary(), TransferStatus.SCHEDULED,
                "MANUAL", checked.from(), checked.target().id(), valid.startsOn(), valid.endsOn(),
                checked.selected().size());
        transfers.insert(record, actor);
        transfers.insertItems(record.id(), checked.selected(), "PENDING");
        audit.record(TransferExecution.AUDIT_ENTITY, record.id(), "created", describe(record, checked.target().name()));
        if (valid.startsBy(checked.today())) {
            execution.start(record, actor, checked.today());
        }
        return get(actor, record.id());
    }

    @Override
    public TransferView preview(CurrentUser actor, TransferRequest request) {
        var checked = check(actor, request);
        var valid = checked.valid();
        var from = checked.from();
        var customers = checked.selected().stream()
                .map(s -> new dev.terrain.customer.TransferredCustomer(new CustomerId(s.id()), s.name(), null,
                        s.ownerId() == null ? null : new TransferParty(s.ownerId(), null), null, "PENDING"))
                .toList();
        return new TransferView(null, valid.mode(), valid.temporary(), TransferStatus.SCHEDULED, "MANUAL",
                from == null ? null : new TransferParty(from, null), checked.target().party(), valid.startsOn(),
                valid.endsOn(), null, actor.email(), null, customers.size(), customers);
    }

    /** The visible customers in the order they were selected; an id the actor may not see is not found. */
    private List<Selected> inSelectionOrder(List<UUID> ids, List<Selected> visible) {
        var byId = new HashMap<UUID, Selected>();
        visible.forEach(s -> byId.put(s.id(), s));
        var ordered = new ArrayList<Selected>();
        for (var id : ids) {
            var found = byId.get(id);
            if (found == null) {
                throw new NotFoundException("Customer", id);
            }
            ordered.add(found);
        }
        return ordered;
    }

    private void requireNoneOwnedByTarget(ValidTransfer valid, List<Selected> selected) {
        if (valid.mode() != dev.terrain.customer.TransferMode.MOVE) {
            return;
        }
        var problems = new ArrayList<Problem>();
        for (int i = 0; i < selected.size() && problems.size() < 20; i++) {
            if (Objects.equals(selected.get(i).ownerId(), valid.toUserId())) {
                problems.add(new Problem("customerIds[" + i + "]", "transfer.error.alreadyOwned", selected.get(i).name()));
            }
        }
        texts.failOn(problems);
    }

    private static String describe(TransferRecord t, String targetName) {
        return t.mode() + " of " + t.customerCount() + " customer(s) to " + targetName + " (" + t.toUserId() + "), "
                + (t.temporary() ? "temporary " + t.startsOn() + " to " + t.endsOn() : "permanent from " + t.startsOn());
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<TransferView> list(CurrentUser actor, TransferFilter filter, Paging paging) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        return transfers.list(actor, filter == null ? TransferFilter.none() : filter, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public TransferView get(CurrentUser actor, UUID id) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        var found = transfers.find(actor, id).orElseThrow(() -> new NotFoundException("Transfer", id));
        return new TransferView(found.id(), found.mode(), found.temporary(), found.status(), found.reason(),
                found.from(), found.to(), found.startsOn(), found.endsOn(), found.endedOn(), found.createdBy(),
                found.createdAt(), found.customerCount(), transfers.customers(actor, id));
    }

    @Override
    public TransferView end(CurrentUser actor, UUID id) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        var seen = transfers.find(actor, id).orElseThrow(() -> new NotFoundException("Transfer", id));
        var transfer = transfers.lock(seen.id()).orElseThrow(() -> new NotFoundException("Transfer", id));
        if (!transfer.temporary()) {
            throw new ConflictException("status", texts.message("transfer.error.endPermanent"));
        }
        var today = clock.today();
        switch (transfer.status()) {
            case SCHEDULED -> {
                transfers.setStatus(id, TransferStatus.CANCELLED, today);
                audit.record(TransferExecution.AUDIT_ENTITY, id, "cancelled", "ended before it started by " + actor.email());
            }
            case ACTIVE -> execution.giveBack(transfer, today, "ended early by " + actor.email());
            default -> throw new ConflictException("status", texts.message("transfer.error.alreadyEnded"));
        }
        return get(actor, id);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<TransferCandidate> candidates(CurrentUser actor, String text, Paging paging) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        return customers.candidates(actor, text, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerId> allCandidates(CurrentUser actor, String text) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        return customers.allCandidates(actor, text, MAX_CUSTOMERS + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransferParty> targets(CurrentUser actor) {
        permissions.check(actor, Action.TRANSFER_CUSTOMERS);
        return targets.available(actor);
    }
}

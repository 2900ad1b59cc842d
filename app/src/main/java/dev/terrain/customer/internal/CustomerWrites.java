package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerView;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.customer.LocationQuality;
import dev.terrain.customer.StaleCustomerException;
import dev.terrain.customer.UpsertedCustomer;
import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, upserts and deletes one customer: permission, visibility, the rules, the stored version, then
 * the write, its audit entry and {@link CustomersChanged}, all in one transaction.
 */
@Service
@Transactional
class CustomerWrites {

    static final String AUDIT_ENTITY = "customer";

    private final Customers customers;
    private final CustomerReads reads;
    private final CustomFields fields;
    private final VisitDefaults defaults;
    private final Owners owners;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomerWrites(Customers customers, CustomerReads reads, CustomFields fields, VisitDefaults defaults, Owners owners,
            Permissions permissions, AuditLog audit, ApplicationEventPublisher events) {
        this.customers = customers;
        this.reads = reads;
        this.fields = fields;
        this.defaults = defaults;
        this.owners = owners;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    CustomerView create(CurrentUser actor, CustomerDraft draft) {
        permissions.check(actor, Action.CREATE_CUSTOMERS);
        var problems = new ArrayList<FieldProblem>();
        var valid = new CustomerRules("", problems).check(draft, defaults.current().categories(), fields.byKey(),
                defaults.current().today());
        var owner = valid == null || valid.ownerId() == null ? Owners.byDefault(actor) : valid.ownerId();
        owners.check(actor, owner, "ownerId", problems);
        failOn(problems);
        requireUniqueExternalId(valid.externalId(), null);
        var id = CustomerId.random();
        try {
            customers.insert(id, valid, owner, valid.located() ? LocationQuality.ENTERED : LocationQuality.MISSING);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("externalId", "already used by another customer");
        }
        audit.record(AUDIT_ENTITY, id, "created", valid.describe() + (owner == null ? "" : "; owner: " + owner));
        events.publishEvent(new CustomersChanged(Set.of(id)));
        return reads.find(actor, id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    CustomerView edit(CurrentUser actor, CustomerId id, CustomerDraft draft, Integer expectedVersion) {
        permissions.check(actor, Action.EDIT_CUSTOMERS);
        var before = reads.find(actor, id).orElseThrow(() -> new NotFoundException("Customer", id));
        var stored = customers.lock(id).orElseThrow(() -> new NotFoundException("Customer", id));
        if (expectedVersion != null && stored.version() != expectedVersion) {
            throw new StaleCustomerException(id, expectedVersion, stored.version());
        }
        var problems = new ArrayList<FieldProblem>();
        var valid = new CustomerRules("", problems).check(draft, defaults.current().categories(), fields.byKey(),
                defaults.current().today());
        var owner = valid == null || valid.ownerId() == null ? stored.ownerId() : valid.ownerId();
        if (owner != null && !owner.equals(stored.ownerId())) {
            permissions.check(actor, Action.TRANSFER_CUSTOMERS);
            owners.check(actor, owner, "ownerId", problems);
        }
        failOn(problems);
        requireUniqueExternalId(valid.externalId(), id);
        try {
            customers.update(valid, owner, stored);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("externalId", "already used by another customer");
        }
        var after = reads.find(actor, id).orElseGet(() -> reads.find(admin(actor), id).orElseThrow());
        var changes = CustomerChanges.between(before, after);
        audit.record(AUDIT_ENTITY, id, "updated", changes.isEmpty() ? "no change" : changes);
        events.publishEvent(new CustomersChanged(Set.of(id)));
        return after;
    }

    UpsertedCustomer upsert(CurrentUser actor, String externalId, CustomerDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        var key = new CustomerRules("", problems).required("externalId", externalId, 100);
        failOn(problems);
        var keyed = draft.withExternalId(key);
        var existing = customers.idOfExternal(key);
        if (existing.isEmpty()) {
            return new UpsertedCustomer(create(actor, keyed), true);
        }
        if (!reads.visible(actor, existing.get())) {
            throw new ConflictException("externalId", "already used by another customer");
        }
        return new UpsertedCustomer(edit(actor, existing.get(), keyed, null), false);
    }

    void delete(CurrentUser actor, CustomerId id, int expectedVersion) {
        permissions.check(actor, Action.DELETE_CUSTOMERS);
        var before = reads.find(actor, id).orElseThrow(() -> new NotFoundException("Customer", id));
        var stored = customers.lock(id).orElseThrow(() -> new NotFoundException("Customer", id));
        if (stored.version() != expectedVersion) {
            throw new StaleCustomerException(id, expectedVersion, stored.version());
        }
        customers.delete(id);
        audit.record(AUDIT_ENTITY, id, "deleted", "name: " + before.name()
                + (before.externalId() == null ? "" : "; externalId: " + before.externalId()));
    }

    private void requireUniqueExternalId(String externalId, CustomerId self) {
        if (customers.externalIdTaken(externalId, self)) {
            throw new ConflictException("externalId", "already used by another customer");
        }
    }

    /** After a transfer the actor may no longer see the customer; the answer still shows what was stored. */
    private static CurrentUser admin(CurrentUser actor) {
        return new CurrentUser(actor.id(), actor.email(), actor.displayName(), dev.terrain.organization.Role.ADMIN);
    }

    static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.terrain.customer.BulkCustomerResult;
import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.customer.LocationQuality;
import dev.terrain.organization.Action;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates many customers keyed by external id, all or nothing: every row is checked first and any
 * problem rejects the call naming {@code rows[i].field}; only then is anything written, in one transaction.
 */
@Service
@Transactional
class BulkCustomerUpsert {

    private final Customers customers;
    private final CustomFields fields;
    private final VisitDefaults defaults;
    private final Owners owners;
    private final CustomerVisibility visibility;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    BulkCustomerUpsert(Customers customers, CustomFields fields, VisitDefaults defaults, Owners owners,
            CustomerVisibility visibility, Permissions permissions, AuditLog audit, ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.customers = customers;
        this.fields = fields;
        this.defaults = defaults;
        this.owners = owners;
        this.visibility = visibility;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    BulkCustomerResult upsert(CurrentUser actor, List<CustomerDraft> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("rows", "must contain at least one row");
        }
        if (rows.size() > CustomerManagement.MAX_BULK_ROWS) {
            throw new InvalidInputException("rows", "at most " + CustomerManagement.MAX_BULK_ROWS
                    + " rows per call, got " + rows.size() + "; nothing was written");
        }
        var snapshot = defaults.current();
        var definitions = fields.byKey();
        var problems = new ArrayList<FieldProblem>();
        var valid = new ArrayList<ValidCustomer>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            var rules = new CustomerRules("rows[" + i + "].", problems);
            var row = rules.check(rows.get(i), snapshot.categories(), definitions, snapshot.today());
            if (row != null && row.externalId() == null) {
                rules.problem("externalId", "is required to match rows with customers");
            } else if (row != null && seen.putIfAbsent(row.externalId(), i) != null) {
                rules.problem("externalId", "appears twice (also rows[" + seen.get(row.externalId()) + "])");
            }
            valid.add(row);
        }
        CustomerWrites.failOn(problems);
        var existing = existing(valid);
        var visible = visible(actor, existing.values());
        boolean creates = valid.stream().anyMatch(v -> !existing.containsKey(v.externalId()));
        if (creates) {
            permissions.check(actor, Action.CREATE_CUSTOMERS);
        }
        if (!existing.isEmpty()) {
            permissions.check(actor, Action.EDIT_CUSTOMERS);
        }
        var stored = new HashMap<String, Customers.Stored>();
        for (int i = 0; i < valid.size(); i++) {
            var row = valid.get(i);
            var id = existing.get(row.externalId());
            var field = "rows[" + i + "].";
            if (id != null && !visible.contains(id.value())) {
                problems.add(new FieldProblem(field + "externalId", "already used by another customer"));
                continue;
            }
            if (id == null) {
                owners.check(actor, row.ownerId() == null ? Owners.byDefault(actor) : row.ownerId(), field + "ownerId", problems);
                continue;
            }
            var lock = customers.lock(id).orElseThrow();
            stored.put(row.externalId(), lock);
            if (row.ownerId() != null && !row.ownerId().equals(lock.ownerId())) {
                if (!permissions.allows(actor, Action.TRANSFER_CUSTOMERS)) {
                    problems.add(new FieldProblem(field + "ownerId", "changing the owner needs the transfer permission"));
                } else {
                    owners.check(actor, row.ownerId(), field + "ownerId", problems);
                }
            }
        }
        CustomerWrites.failOn(problems);
        try {
            return write(actor, valid, existing, stored);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new dev.terrain.platform.ConflictException("rows",
                    "another request stored one of these external ids at the same time; nothing was written, send again");
        }
    }

    private BulkCustomerResult write(CurrentUser actor, List<ValidCustomer> valid, Map<String, CustomerId> existing,
            Map<String, Customers.Stored> stored) {
        var ids = new ArrayList<CustomerId>();
        int created = 0;
        for (var row : valid) {
            var id = existing.get(row.externalId());
            if (id == null) {
                id = CustomerId.random();
                UserId owner = row.ownerId() == null ? Owners.byDefault(actor) : row.ownerId();
                customers.insert(id, row, owner, row.located() ? LocationQuality.ENTERED : LocationQuality.MISSING);
                audit.record(CustomerWrites.AUDIT_ENTITY, id, "created", row.describe() + " (bulk)");
                created++;
            } else {
                var lock = stored.get(row.externalId());
                var owner = row.ownerId() == null ? lock.ownerId() : row.ownerId();
                customers.update(row, owner, lock);
                audit.record(CustomerWrites.AUDIT_ENTITY, id, "updated", row.describe() + " (bulk)");
            }
            ids.add(id);
        }
        events.publishEvent(new CustomersChanged(new LinkedHashSet<>(ids)));
        return new BulkCustomerResult(created, valid.size() - created, ids);
    }

    private Map<String, CustomerId> existing(List<ValidCustomer> rows) {
        var keys = rows.stream().map(ValidCustomer::externalId).toArray(String[]::new);
        var map = new HashMap<String, CustomerId>();
        jdbc.sql("select id, external_id from customers where external_id = any(:keys)").param("keys", keys)
                .query(rs -> {
                    map.put(rs.getString("external_id"), new CustomerId(rs.getObject("id", UUID.class)));
                });
        return map;
    }

    private java.util.Set<UUID> visible(CurrentUser actor, java.util.Collection<CustomerId> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var predicate = visibility.visibleTo(actor, "c");
        return new HashSet<>(jdbc.sql("select c.id from customers c where c.id = any(:ids) and " + predicate.sql())
                .params(predicate.parameters()).param("ids", ids.stream().map(CustomerId::value).toArray(UUID[]::new))
                .query(UUID.class).list());
    }
}

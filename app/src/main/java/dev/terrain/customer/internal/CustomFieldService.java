package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomFieldType;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's custom fields: admins define and remove them. A field's type cannot change once defined (its
 * stored values would no longer fit); removing a field removes its values from every customer.
 */
@Service
@Transactional
class CustomFieldService {

    static final int MAX_FIELDS = 100;
    static final int MAX_OPTIONS = 100;
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,59}$");

    private final CustomFields fields;
    private final Customers customers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomFieldService(CustomFields fields, Customers customers, AuditLog audit, ApplicationEventPublisher events) {
        this.fields = fields;
        this.customers = customers;
        this.audit = audit;
        this.events = events;
    }

    CustomFieldDefinition define(CurrentUser actor, CustomFieldDefinition definition) {
        requireAdmin(actor);
        var clean = check(definition);
        var existing = fields.byKey();
        var before = existing.get(clean.key());
        if (before == null && existing.size() >= MAX_FIELDS) {
            throw new InvalidInputException("key", "a company has at most " + MAX_FIELDS + " custom fields");
        }
        if (before != null && before.type() != clean.type()) {
            throw new ConflictException("type", "cannot change from " + before.type() + "; remove the field and define it again");
        }
        fields.save(clean);
        audit.record("custom-field", clean.key(), before == null ? "created" : "updated",
                "label: " + clean.label() + "; type: " + clean.type() + (clean.options().isEmpty() ? "" : "; options: " + clean.options()));
        return fields.find(clean.key()).orElseThrow();
    }

    void remove(CurrentUser actor, String key) {
        requireAdmin(actor);
        var definition = fields.find(key == null ? "" : key).orElseThrow(() -> new NotFoundException("Custom field", key));
        var touched = customers.dropCustomField(definition.key());
        fields.delete(definition.key());
        audit.record("custom-field", definition.key(), "deleted", "values removed from " + touched.size() + " customers");
        if (!touched.isEmpty()) {
            events.publishEvent(new CustomersChanged(new LinkedHashSet<>(touched)));
        }
    }

    private static CustomFieldDefinition check(CustomFieldDefinition d) {
        var problems = new ArrayList<FieldProblem>();
        if (d == null) {
            throw new InvalidInputException("key", "is required");
        }
        var rules = new CustomerRules("", problems);
        var key = d.key() == null ? null : d.key().strip();
        if (key == null || key.isEmpty()) {
            problems.add(new FieldProblem("key", "is required"));
        } else if (!KEY.matcher(key).matches()) {
            problems.add(new FieldProblem("key", "must be lower-case letters, digits and _ and start with a letter"));
        }
        var label = rules.required("label", d.label(), 200);
        var labelFr = rules.optional("labelFr", d.labelFr(), 200);
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "must be one of TEXT, NUMBER, DATE, PICKLIST, BOOLEAN"));
        }
        var options = new ArrayList<String>();
        if (d.type() == CustomFieldType.PICKLIST) {
            var seen = new HashSet<String>();
            for (int i = 0; i < d.options().size(); i++) {
                var option = rules.required("options[" + i + "]", d.options().get(i), 100);
                if (option != null && !seen.add(option)) {
                    problems.add(new FieldProblem("options[" + i + "]", "is listed twice"));
                }
                options.add(option);
            }
            if (options.isEmpty()) {
                problems.add(new FieldProblem("options", "a picklist needs at least one option"));
            } else if (options.size() > MAX_OPTIONS) {
                problems.add(new FieldProblem("options", "must have at most " + MAX_OPTIONS + " options"));
            }
        }
        if (d.position() < 0 || d.position() > 10_000) {
            problems.add(new FieldProblem("position", "must be between 0 and 10000"));
        }
        CustomerWrites.failOn(problems);
        return new CustomFieldDefinition(key, label, labelFr, d.type(), options, d.position());
    }

    private static void requireAdmin(CurrentUser actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins manage custom fields");
        }
    }

    List<CustomFieldDefinition> all() {
        return fields.all();
    }
}

package dev.terrain.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.terrain.customer.BulkCustomerResult;
import dev.terrain.customer.Contact;
import dev.terrain.customer.ContactDraft;
import dev.terrain.customer.ContactId;
import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerNote;
import dev.terrain.customer.CustomerPage;
import dev.terrain.customer.CustomerPaging;
import dev.terrain.customer.CustomerView;
import dev.terrain.customer.UpsertedCustomer;
import dev.terrain.organization.CurrentUser;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link CustomerManagement} by handing each part to the class that owns its rules. */
@Service
@Transactional
class CustomerService implements CustomerManagement {

    private final CustomerReads reads;
    private final CustomerWrites writes;
    private final BulkCustomerUpsert bulk;
    private final CustomerParts parts;
    private final CustomFieldService customFields;
    private final VisitDefaults defaults;

    CustomerService(CustomerReads reads, CustomerWrites writes, BulkCustomerUpsert bulk, CustomerParts parts,
            CustomFieldService customFields, VisitDefaults defaults) {
        this.reads = reads;
        this.writes = writes;
        this.bulk = bulk;
        this.parts = parts;
        this.customFields = customFields;
        this.defaults = defaults;
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerPage list(CurrentUser actor, CustomerFilter filter, CustomerPaging paging) {
        return reads.page(actor, normal(filter), paging == null ? CustomerPaging.first() : paging);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(CurrentUser actor, CustomerFilter filter) {
        return reads.count(actor, normal(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerView get(CurrentUser actor, CustomerId id) {
        return reads.find(actor, id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerView> findByExternalId(CurrentUser actor, String externalId) {
        return externalId == null || externalId.isBlank() ? Optional.empty()
                : reads.findByExternalId(actor, externalId.strip());
    }

    @Override
    public CustomerView create(CurrentUser actor, CustomerDraft draft) {
        return writes.create(actor, draft);
    }

    @Override
    public CustomerView edit(CurrentUser actor, CustomerId id, CustomerDraft draft, int expectedVersion) {
        return writes.edit(actor, id, draft, expectedVersion);
    }

    @Override
    public void delete(CurrentUser actor, CustomerId id, int expectedVersion) {
        writes.delete(actor, id, expectedVersion);
    }

    @Override
    public UpsertedCustomer upsertByExternalId(CurrentUser actor, String externalId, CustomerDraft draft) {
        return writes.upsert(actor, externalId, draft == null ? CustomerDraft.builder().build() : draft);
    }

    @Override
    public BulkCustomerResult upsertAll(CurrentUser actor, List<CustomerDraft> rows) {
        return bulk.upsert(actor, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> categories() {
        return defaults.current().categories();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contacts(CurrentUser actor, CustomerId customer) {
        return parts.contacts(actor, customer);
    }

    @Override
    public Contact addContact(CurrentUser actor, CustomerId customer, ContactDraft draft) {
        return parts.addContact(actor, customer, draft);
    }

    @Override
    public Contact editContact(CurrentUser actor, CustomerId customer, ContactId contact, ContactDraft draft) {
        return parts.editContact(actor, customer, contact, draft);
    }

    @Override
    public void removeContact(CurrentUser actor, CustomerId customer, ContactId contact) {
        parts.removeContact(actor, customer, contact);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerNote> notes(CurrentUser actor, CustomerId customer, int limit) {
        return parts.notes(actor, customer, limit);
    }

    @Override
    public CustomerNote addNote(CurrentUser actor, CustomerId customer, String text) {
        return parts.addNote(actor, customer, text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomFieldDefinition> customFields() {
        return customFields.all();
    }

    @Override
    public CustomFieldDefinition defineCustomField(CurrentUser actor, CustomFieldDefinition definition) {
        return customFields.define(actor, definition);
    }

    @Override
    public void removeCustomField(CurrentUser actor, String key) {
        customFields.remove(actor, key);
    }

    /** A custom field filter names a defined field, and its value is compared in stored form ("oui" is true). */
    private CustomerFilter normal(CustomerFilter filter) {
        if (filter == null || filter.customFieldKey() == null || filter.customFieldKey().isBlank()) {
            return filter;
        }
        var key = filter.customFieldKey().strip();
        var definitions = customFields.all().stream().filter(d -> d.key().equals(key)).toList();
        if (definitions.isEmpty()) {
            throw new InvalidInputException("customField", "is not a custom field of the company");
        }
        var problems = new ArrayList<FieldProblem>();
        var value = filter.customFieldValue() == null ? "" : filter.customFieldValue();
        var stored = new CustomFieldValues("", problems).check(Map.of(key, value), Map.of(key, definitions.get(0)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("customFieldValue", problems.get(0).message());
        }
        var text = stored.containsKey(key) ? String.valueOf(stored.get(key)) : "";
        if (stored.get(key) instanceof java.math.BigDecimal number) {
            text = number.toPlainString();
        }
        return new CustomerFilter(filter.text(), filter.territory(), filter.owner(), filter.category(),
                filter.status(), filter.due(), key, text);
    }
}

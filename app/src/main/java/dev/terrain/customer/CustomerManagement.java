package dev.terrain.customer;

import java.util.List;
import java.util.Optional;

import dev.terrain.organization.CurrentUser;

/**
 * Customers, their contacts and notes, and the company's custom fields.
 * <p>
 * Every read goes through {@link CustomerVisibility}: a customer the actor may not see is "not found"
 * ({@link dev.terrain.platform.NotFoundException}), whether it exists or not. Writes need the matching
 * {@link dev.terrain.organization.Action} ({@code CREATE_CUSTOMERS}, {@code EDIT_CUSTOMERS},
 * {@code DELETE_CUSTOMERS}; otherwise {@link org.springframework.security.access.AccessDeniedException}) and a
 * visible customer; bad input is an {@link dev.terrain.platform.InvalidInputException} naming each field, a
 * duplicate external id a {@link dev.terrain.platform.ConflictException} on {@code externalId}. Every write is
 * audited and, except deletion, publishes {@link CustomersChanged} inside its transaction.
 * <p>
 * Owners: a rep creating a customer owns it unless another owner is given; an owner must be an active rep or
 * supervisor, and a non-admin may only name themselves or a user they supervise. Changing the owner of an
 * existing customer is a transfer and needs {@code TRANSFER_CUSTOMERS}.
 */
public interface CustomerManagement {

    /** The most rows one bulk upsert accepts. */
    int MAX_BULK_ROWS = 1000;

    /** The most contacts one customer holds. */
    int MAX_CONTACTS = 100;

    CustomerPage list(CurrentUser actor, CustomerFilter filter, CustomerPaging paging);

    /** How many customers the actor sees that match the filter. */
    long count(CurrentUser actor, CustomerFilter filter);

    CustomerView get(CurrentUser actor, CustomerId id);

    Optional<CustomerView> findByExternalId(CurrentUser actor, String externalId);

    CustomerView create(CurrentUser actor, CustomerDraft draft);

    /** Replaces the customer's data (see {@link CustomerDraft} for what null keeps); stale: {@link StaleCustomerException}. */
    CustomerView edit(CurrentUser actor, CustomerId id, CustomerDraft draft, int expectedVersion);

    /** Deletes the customer with its contacts, notes, opening hours and closing days. */
    void delete(CurrentUser actor, CustomerId id, int expectedVersion);

    /** Creates the customer with this external id, or updates the one that has it (no version check). */
    UpsertedCustomer upsertByExternalId(CurrentUser actor, String externalId, CustomerDraft draft);

    /**
     * Creates or updates up to {@link #MAX_BULK_ROWS} customers keyed by their external id, all or nothing: any
     * bad row rejects the whole call, naming each problem {@code rows[i].field}.
     */
    BulkCustomerResult upsertAll(CurrentUser actor, List<CustomerDraft> rows);

    /** The valid categories (the company's settings), in their order. */
    List<String> categories();

    // --- contacts ---

    List<Contact> contacts(CurrentUser actor, CustomerId customer);

    Contact addContact(CurrentUser actor, CustomerId customer, ContactDraft draft);

    Contact editContact(CurrentUser actor, CustomerId customer, ContactId contact, ContactDraft draft);

    void removeContact(CurrentUser actor, CustomerId customer, ContactId contact);

    // --- notes ---

    /** The notes timeline, newest first, at most {@code limit} (1..500) entries. */
    List<CustomerNote> notes(CurrentUser actor, CustomerId customer, int limit);

    /** Adds a note (1 to 10,000 characters) written by the actor now; needs {@code EDIT_CUSTOMERS}. */
    CustomerNote addNote(CurrentUser actor, CustomerId customer, String text);

    // --- custom field definitions (reading: everyone; changing: admins) ---

    List<CustomFieldDefinition> customFields();

    /** Creates or changes the definition with this key; a field's type cannot change once defined (409). */
    CustomFieldDefinition defineCustomField(CurrentUser actor, CustomFieldDefinition definition);

    /** Removes the definition and its values from every customer. */
    void removeCustomField(CurrentUser actor, String key);
}

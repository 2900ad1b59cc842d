package dev.terrain.customer.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.ContactId;
import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;

/**
 * Reads ids and filters from request text: a malformed id in an address is simply not found, a bad filter
 * value names its parameter.
 */
final class CustomerParams {

    private CustomerParams() {
    }

    static CustomerId customer(String value) {
        return uuid(value).map(CustomerId::new).orElseThrow(() -> new NotFoundException("Customer", value));
    }

    static ContactId contact(String value) {
        return uuid(value).map(ContactId::new).orElseThrow(() -> new NotFoundException("Contact", value));
    }

    /** {@code owner=me} is the reader. */
    static CustomerFilter filter(CurrentUser reader, String text, String territory, String owner, String category,
            String status, String due, String field, String value) {
        return new CustomerFilter(blank(text) ? null : limited("q", text.strip(), 200), id("territory", territory),
                "me".equalsIgnoreCase(owner == null ? "" : owner.strip()) ? reader.id()
                        : Optional.ofNullable(id("owner", owner)).map(UserId::new).orElse(null),
                blank(category) ? null : limited("category", category, 20), status(status), due(due),
                blank(field) ? null : limited("field", field, 60), blank(field) ? null : limited("value", value, 1000));
    }

    private static UUID id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return uuid(value).orElseThrow(() -> new InvalidInputException(name, "is not an id"));
    }

    private static CustomerStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return CustomerStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of PROSPECT, ACTIVE, INACTIVE");
        }
    }

    private static CustomerFilter.Due due(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return CustomerFilter.Due.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("due", "must be due or overdue");
        }
    }

    private static String limited(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(name, "must have at most " + max + " characters");
        }
        return value;
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

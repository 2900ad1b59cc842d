package dev.terrain.customer.web;

import java.util.Locale;

import dev.terrain.customer.ContactId;
import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.web.RequestIds;

/**
 * Reads ids and filters from request text: a malformed id in an address is simply not found, a bad filter
 * value names its parameter.
 */
final class CustomerParams {

    private CustomerParams() {
    }

    static CustomerId customer(String value) {
        return RequestIds.inPath(value, "Customer", CustomerId::new);
    }

    static ContactId contact(String value) {
        return RequestIds.inPath(value, "Contact", ContactId::new);
    }

    /** {@code owner=me} is the reader. */
    static CustomerFilter filter(CurrentUser reader, String text, String territory, String owner, String category,
            String status, String due, String field, String value) {
        return new CustomerFilter(blank(text) ? null : limited("q", text.strip(), 200),
                RequestIds.optionalParameter(territory, "territory", id -> id),
                "me".equalsIgnoreCase(owner == null ? "" : owner.strip()) ? reader.id()
                        : RequestIds.optionalParameter(owner, "owner", UserId::new),
                blank(category) ? null : limited("category", category, 20), status(status), due(due),
                blank(field) ? null : limited("field", field, 60), blank(field) ? null : limited("value", value, 1000));
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

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package dev.terrain.customer;

import java.util.UUID;

import dev.terrain.organization.UserId;

/**
 * Narrows a customer list; every part is optional and every value reaches SQL as a bound parameter.
 * {@code text} matches name, city, postal code or external id; {@code territory} takes the customers of the
 * territory and of all its descendants; {@code customFieldKey}/{@code customFieldValue} match one custom field
 * exactly (both or neither).
 */
public record CustomerFilter(String text, UUID territory, UserId owner, String category, CustomerStatus status,
        Due due, String customFieldKey, String customFieldValue) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null);
    }

    public static CustomerFilter text(String text) {
        return new CustomerFilter(text, null, null, null, null, null, null, null);
    }

    /** Narrows by when the next visit falls, in the company's time zone. */
    public enum Due {
        /** The next visit is due today or earlier (never visited included). */
        DUE,
        /** Visited before, and the next visit should have happened before today. */
        OVERDUE
    }
}

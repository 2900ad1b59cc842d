package dev.terrain.customer;

import java.util.Arrays;

/** The orders a customer list can be sorted in; an unknown name gives {@link #NAME}, never SQL text. */
public enum CustomerSort {
    NAME, CITY, CATEGORY, NEXT_DUE, LAST_VISIT, UPDATED;

    public static CustomerSort parse(String value) {
        var text = value == null ? "" : value.trim().replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text)).findFirst().orElse(NAME);
    }
}

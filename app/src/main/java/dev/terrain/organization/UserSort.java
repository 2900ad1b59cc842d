package dev.terrain.organization;

import java.util.Arrays;

/** The orders a user list can be sorted in; each maps to a fixed SQL expression. */
public enum UserSort {
    NAME("lower(u.display_name), u.id"),
    EMAIL("lower(u.email), u.id"),
    ROLE("u.role, lower(u.display_name), u.id"),
    CREATED("u.created_at desc, u.id");

    private final String orderBy;

    UserSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String orderBy() {
        return orderBy;
    }

    /** Reads a sort parameter such as {@code email}; anything unknown gives the default. */
    public static UserSort parse(String value) {
        return Arrays.stream(values()).filter(sort -> sort.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst().orElse(NAME);
    }
}

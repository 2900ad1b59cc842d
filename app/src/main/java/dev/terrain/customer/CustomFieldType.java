package dev.terrain.customer;

/** The kinds of value a company-defined custom field holds. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, PICKLIST, BOOLEAN
}

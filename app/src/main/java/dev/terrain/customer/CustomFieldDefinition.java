package dev.terrain.customer;

import java.util.List;

/**
 * A field the company adds to its customers. {@code key} is lower case ({@code [a-z][a-z0-9_]*}, at most 60
 * characters) and names the value in {@link CustomerView#customFields()}; {@code options} only for picklists.
 */
public record CustomFieldDefinition(String key, String label, String labelFr, CustomFieldType type,
        List<String> options, int position) {

    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The label in the language given ({@code fr} or anything else for English). */
    public String label(java.util.Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) && labelFr != null && !labelFr.isBlank()
                ? labelFr : label;
    }
}

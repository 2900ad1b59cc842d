package dev.terrain.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.platform.InvalidInputException.FieldProblem;

/**
 * Checks custom field values against the company's definitions and brings each to its stored form: text as a
 * string, a number as a decimal, a date as {@code yyyy-mm-dd}, a picklist value as one of its options, yes/no as
 * a boolean. A null or blank value removes the field. Problems are named {@code customFields.<key>}.
 */
final class CustomFieldValues {

    static final int MAX_TEXT = 1000;

    private final String prefix;
    private final List<FieldProblem> problems;

    CustomFieldValues(String prefix, List<FieldProblem> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /** The values in stored form, or null when {@code values} is null (keep the stored ones). */
    Map<String, Object> check(Map<String, Object> values, Map<String, CustomFieldDefinition> definitions) {
        if (values == null) {
            return null;
        }
        var stored = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> {
            var definition = key == null ? null : definitions.get(key);
            if (definition == null) {
                problem(key, "is not a custom field of the company");
            } else if (value != null && !(value instanceof String s && s.isBlank())) {
                var typed = typed(definition, value);
                if (typed != null) {
                    stored.put(key, typed);
                }
            }
        });
        return stored;
    }

    private Object typed(CustomFieldDefinition definition, Object value) {
        var key = definition.key();
        return switch (definition.type()) {
            case TEXT -> text(key, value);
            case NUMBER -> number(key, value);
            case DATE -> date(key, value);
            case BOOLEAN -> yesNo(key, value);
            case PICKLIST -> option(definition, value);
        };
    }

    private Object text(String key, Object value) {
        if (!(value instanceof String text)) {
            return problem(key, "must be text");
        }
        var clean = text.strip();
        return clean.length() > MAX_TEXT ? problem(key, "must have at most " + MAX_TEXT + " characters") : clean;
    }

    private Object number(String key, Object value) {
        try {
            var number = value instanceof Number n ? new BigDecimal(n.toString())
                    : value instanceof String s ? new BigDecimal(s.strip().replace(',', '.')) : null;
            if (number == null || number.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                return problem(key, "must be a number");
            }
            return number.stripTrailingZeros();
        } catch (NumberFormatException e) {
            return problem(key, "must be a number");
        }
    }

    private Object date(String key, Object value) {
        try {
            return value instanceof String s ? LocalDate.parse(s.strip()).toString() : problem(key, "must be a date (yyyy-mm-dd)");
        } catch (DateTimeParseException e) {
            return problem(key, "must be a date (yyyy-mm-dd)");
        }
    }

    private Object yesNo(String key, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "oui", "on" -> { return true; }
                case "false", "no", "non", "off" -> { return false; }
                default -> { }
            }
        }
        return problem(key, "must be yes or no (true or false)");
    }

    private Object option(CustomFieldDefinition definition, Object value) {
        if (value instanceof String s && definition.options().contains(s.strip())) {
            return s.strip();
        }
        return problem(definition.key(), "must be one of " + String.join(", ", definition.options()));
    }

    private Object problem(String key, String message) {
        var name = key == null || key.length() > 60 ? String.valueOf(key).substring(0, Math.min(60, String.valueOf(key).length())) : key;
        problems.add(new FieldProblem(prefix + "customFields." + name, message));
        return null;
    }
}

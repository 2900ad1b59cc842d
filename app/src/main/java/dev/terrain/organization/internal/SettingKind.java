package dev.terrain.organization.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a setting's value is written as text (in storage and forms) and read back. Reading rejects bad text with
 * a {@link Rejected} naming the message key; formatting gives the canonical text, so that equal values compare
 * equal whatever the user typed.
 */
public enum SettingKind {
    DAYS, TIME, INTEGER, DECIMAL, BOOLEAN, TIME_ZONE, LOCALE, CURRENCY;

    static final Set<String> LANGUAGES = Set.of("en", "fr");

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** Reads the text of a setting; {@code key} gives the range of numbers and of day counts. */
    Object parse(String text, SettingKey key) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty() && this != DAYS) {
            throw new Rejected("settings.error.required");
        }
        if (value.length() > 100) {
            throw new Rejected("settings.error.tooLong", 100);
        }
        return switch (this) {
            case DAYS -> days(value, key);
            case TIME -> time(value);
            case INTEGER -> integer(value, key);
            case DECIMAL -> decimal(value, key);
            case BOOLEAN -> bool(value);
            case TIME_ZONE -> zone(value);
            case LOCALE -> locale(value);
            case CURRENCY -> currency(value);
        };
    }

    /** The canonical text of a value read by {@link #parse}. */
    String format(Object value) {
        return switch (this) {
            case DAYS -> ((Set<?>) value).stream().map(Object::toString).collect(Collectors.joining(","));
            case TIME -> ((LocalTime) value).format(HOURS);
            case DECIMAL -> ((BigDecimal) value).setScale(2).toPlainString();
            case TIME_ZONE -> ((ZoneId) value).getId();
            case LOCALE -> ((Locale) value).getLanguage();
            case CURRENCY -> ((Currency) value).getCurrencyCode();
            default -> value.toString();
        };
    }

    private static Set<DayOfWeek> days(String value, SettingKey key) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            days.add(day(part.toUpperCase(Locale.ROOT)));
        }
        if (days.size() < key.min()) {
            throw new Rejected("settings.error.atLeastOneDay");
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().equals(name) || day.name().substring(0, 3).equals(name))
                .findFirst()
                .orElseThrow(() -> new Rejected("settings.error.day", name));
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value, HOURS);
        } catch (DateTimeParseException e) {
            throw new Rejected("settings.error.time");
        }
    }

    private static Integer integer(String value, SettingKey key) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Rejected("settings.error.wholeNumber", key.min(), key.max());
        }
        if (number < key.min() || number > key.max()) {
            throw new Rejected("settings.error.range", key.min(), key.max());
        }
        return number;
    }

    private static BigDecimal decimal(String value, SettingKey key) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Rejected("settings.error.decimal", key.min(), key.max());
        }
        if (number.compareTo(BigDecimal.valueOf(key.min())) < 0 || number.compareTo(BigDecimal.valueOf(key.max())) > 0) {
            throw new Rejected("settings.error.range", key.min(), key.max());
        }
        if (number.stripTrailingZeros().scale() > 2) {
            throw new Rejected("settings.error.decimal", key.min(), key.max());
        }
        return number.setScale(2);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new Rejected("settings.error.boolean");
        };
    }

    private static ZoneId zone(String value) {
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw new Rejected("settings.error.timeZone", value);
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new Rejected("settings.error.timeZone", value);
        }
    }

    private static Locale locale(String value) {
        var language = value.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new Rejected("settings.error.locale", value);
        }
        return Locale.forLanguageTag(language);
    }

    private static Currency currency(String value) {
        var code = value.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new Rejected("settings.error.currency", value);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Rejected("settings.error.currency", value);
        }
    }

    /** Text that is not a valid value: the message key and its arguments. */
    static final class Rejected extends RuntimeException {

        final String code;
        final transient Object[] args;

        Rejected(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }
}

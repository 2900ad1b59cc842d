package dev.terrain.organization.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every company setting, in the order screens show them, with its kind, its allowed range and the value a
 * company starts with. {@link #VISIT_FREQUENCY_DAYS} is a family: one entry per customer category, stored as
 * {@code visitFrequencyDays.<CATEGORY>}.
 */
public enum SettingKey {
    WORKING_DAYS("workingDays", SettingKind.DAYS, 1, 7, "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY"),
    WORKDAY_START("workdayStart", SettingKind.TIME, 0, 0, "08:00"),
    WORKDAY_END("workdayEnd", SettingKind.TIME, 0, 0, "17:00"),
    BREAK_EARLIEST_START("breakEarliestStart", SettingKind.TIME, 0, 0, "12:00"),
    BREAK_LATEST_START("breakLatestStart", SettingKind.TIME, 0, 0, "13:30"),
    BREAK_MINUTES("breakMinutes", SettingKind.INTEGER, 0, 240, "45"),
    VISIT_DURATION_MINUTES("visitDurationMinutes", SettingKind.INTEGER, 5, 480, "45"),
    VISIT_FREQUENCY_DAYS("visitFrequencyDays", SettingKind.INTEGER, 7, 730, null),
    OVERNIGHT_ALLOWED("overnightAllowed", SettingKind.BOOLEAN, 0, 0, "false"),
    OVERNIGHT_DAYS("overnightDays", SettingKind.DAYS, 0, 7, "MONDAY,TUESDAY,WEDNESDAY,THURSDAY"),
    OVERNIGHT_MIN_DISTANCE_KM("overnightMinDistanceKm", SettingKind.INTEGER, 0, 2000, "150"),
    OVERNIGHT_MAX_NIGHTS_PER_WEEK("overnightMaxNightsPerWeek", SettingKind.INTEGER, 0, 7, "3"),
    OVERNIGHT_COST_PER_NIGHT("overnightCostPerNight", SettingKind.DECIMAL, 0, 10000, "90.00"),
    PLANNING_HORIZON_DAYS("planningHorizonDays", SettingKind.INTEGER, 1, 84, "7"),
    TIME_ZONE("timeZone", SettingKind.TIME_ZONE, 0, 0, "Europe/Paris"),
    LOCALE("locale", SettingKind.LOCALE, 0, 0, "en"),
    CURRENCY("currency", SettingKind.CURRENCY, 0, 0, "EUR");

    /** The customer categories and frequencies (days) a company starts with. */
    public static final java.util.Map<String, String> DEFAULT_CATEGORIES = java.util.Map.of("A", "28", "B", "56", "C", "91");

    public static final int MAX_CATEGORIES = 20;

    private final String key;
    private final SettingKind kind;
    private final int min;
    private final int max;
    private final String defaultValue;

    SettingKey(String key, SettingKind kind, int min, int max, String defaultValue) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
    }

    /** The name used in storage, forms, JSON and messages, e.g. {@code workdayStart}. */
    public String key() {
        return key;
    }

    public SettingKind kind() {
        return kind;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean isFamily() {
        return this == VISIT_FREQUENCY_DAYS;
    }

    /** The stored name of one member of the family, e.g. {@code visitFrequencyDays.A}. */
    public static String categoryKey(String category) {
        return VISIT_FREQUENCY_DAYS.key + "." + category;
    }

    /** The category of a family member's name, or empty when the name is not one. */
    public static Optional<String> categoryOf(String name) {
        var prefix = VISIT_FREQUENCY_DAYS.key + ".";
        return name != null && name.startsWith(prefix) ? Optional.of(name.substring(prefix.length())) : Optional.empty();
    }

    /** The setting a stored name belongs to (family members included), or empty for an unknown name. */
    public static Optional<SettingKey> of(String name) {
        if (categoryOf(name).isPresent()) {
            return Optional.of(VISIT_FREQUENCY_DAYS);
        }
        return Arrays.stream(values()).filter(k -> !k.isFamily() && k.key.equals(name)).findFirst();
    }
}

package dev.terrain.organization.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.terrain.organization.WorkingSettings;
import dev.terrain.organization.WorkingSettings.BreakRule;
import dev.terrain.organization.WorkingSettings.OvernightStays;

/**
 * Reads a complete set of settings written as text (one entry per {@link SettingKey}, plus one per customer
 * category) into {@link WorkingSettings}, collecting every problem: first each field on its own, then, when
 * all fields read, the rules between fields ({@link SettingsRules}).
 */
public final class SettingsReader {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    private SettingsReader() {
    }

    /** The outcome: canonical texts of the fields that read, the settings when nothing is wrong, the problems. */
    public record Reading(Map<String, String> canonical, WorkingSettings settings, List<SettingProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Reading read(Map<String, String> texts) {
        var problems = new ArrayList<SettingProblem>();
        var canonical = new LinkedHashMap<String, String>();
        var values = new EnumMap<SettingKey, Object>(SettingKey.class);
        for (var key : SettingKey.values()) {
            if (key.isFamily()) {
                continue;
            }
            read(key, key.key(), texts.get(key.key()), problems).ifPresent(value -> {
                values.put(key, value);
                canonical.put(key.key(), key.kind().format(value));
            });
        }
        var frequencies = new TreeMap<String, Integer>();
        texts.forEach((name, text) -> SettingKey.categoryOf(name).ifPresent(category -> {
            if (!CATEGORY.matcher(category).matches()) {
                problems.add(SettingProblem.of(name, "settings.error.categoryCode"));
                return;
            }
            read(SettingKey.VISIT_FREQUENCY_DAYS, name, text, problems).ifPresent(days -> {
                frequencies.put(category, (Integer) days);
                canonical.put(name, days.toString());
            });
        }));
        if (texts.keySet().stream().noneMatch(name -> SettingKey.categoryOf(name).isPresent())) {
            problems.add(SettingProblem.of(SettingKey.VISIT_FREQUENCY_DAYS.key(), "settings.error.noCategories"));
        }
        if (frequencies.size() > SettingKey.MAX_CATEGORIES) {
            problems.add(SettingProblem.of(SettingKey.VISIT_FREQUENCY_DAYS.key(), "settings.error.tooManyCategories",
                    SettingKey.MAX_CATEGORIES));
        }
        if (!problems.isEmpty()) {
            return new Reading(canonical, null, List.copyOf(problems));
        }
        var settings = settings(values, frequencies);
        return new Reading(canonical, settings, SettingsRules.check(settings));
    }

    private static java.util.Optional<Object> read(SettingKey key, String field, String text,
            List<SettingProblem> problems) {
        try {
            return java.util.Optional.of(key.kind().parse(text, key));
        } catch (SettingKind.Rejected e) {
            problems.add(SettingProblem.of(field, e.code, e.args));
            return java.util.Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static WorkingSettings settings(Map<SettingKey, Object> v, Map<String, Integer> frequencies) {
        return new WorkingSettings(
                (Set<DayOfWeek>) v.get(SettingKey.WORKING_DAYS),
                (LocalTime) v.get(SettingKey.WORKDAY_START),
                (LocalTime) v.get(SettingKey.WORKDAY_END),
                new BreakRule((LocalTime) v.get(SettingKey.BREAK_EARLIEST_START),
                        (LocalTime) v.get(SettingKey.BREAK_LATEST_START), (Integer) v.get(SettingKey.BREAK_MINUTES)),
                (Integer) v.get(SettingKey.VISIT_DURATION_MINUTES),
                frequencies,
                new OvernightStays((Boolean) v.get(SettingKey.OVERNIGHT_ALLOWED),
                        (Set<DayOfWeek>) v.get(SettingKey.OVERNIGHT_DAYS),
                        (Integer) v.get(SettingKey.OVERNIGHT_MIN_DISTANCE_KM),
                        (Integer) v.get(SettingKey.OVERNIGHT_MAX_NIGHTS_PER_WEEK),
                        (BigDecimal) v.get(SettingKey.OVERNIGHT_COST_PER_NIGHT)),
                (Integer) v.get(SettingKey.PLANNING_HORIZON_DAYS),
                (ZoneId) v.get(SettingKey.TIME_ZONE),
                (Locale) v.get(SettingKey.LOCALE),
                (Currency) v.get(SettingKey.CURRENCY));
    }
}

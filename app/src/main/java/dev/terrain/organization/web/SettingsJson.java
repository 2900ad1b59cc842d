package dev.terrain.organization.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.EffectiveSetting;
import dev.terrain.organization.UserSettings;
import dev.terrain.organization.internal.SettingKey;
import dev.terrain.organization.internal.SettingProblem;

/**
 * Settings as JSON: typed values out (numbers, yes/no, lists of days, times as {@code HH:mm}), and any JSON
 * value in, turned into text for {@link dev.terrain.organization.SettingsManagement} to check.
 */
final class SettingsJson {

    static final int MAX_FIELDS = 200;

    private SettingsJson() {
    }

    /** The company's settings; the customer categories as one object {@code visitFrequencyDays: {A: 28}}. */
    static Map<String, Object> company(Map<String, String> texts) {
        var json = new LinkedHashMap<String, Object>();
        var frequencies = new LinkedHashMap<String, Object>();
        texts.forEach((name, text) -> SettingKey.categoryOf(name).ifPresentOrElse(
                category -> frequencies.put(category, value(name, text)),
                () -> json.put(name, value(name, text))));
        json.put(SettingKey.VISIT_FREQUENCY_DAYS.key(), frequencies);
        return json;
    }

    /** A user's settings: each as {@code {value, source, companyValue}}, categories as {@code visitFrequencyDays.A}. */
    static Map<String, Object> user(UserSettings settings) {
        var json = new LinkedHashMap<String, Object>();
        json.put("userId", settings.userId().toString());
        json.put("email", settings.email());
        json.put("changeable", settings.changeable());
        var entries = new LinkedHashMap<String, Object>();
        for (EffectiveSetting entry : settings.entries()) {
            var one = new LinkedHashMap<String, Object>();
            one.put("value", value(entry.key(), entry.value()));
            one.put("source", entry.source().name().toLowerCase(java.util.Locale.ROOT));
            one.put("companyValue", value(entry.key(), entry.companyValue()));
            entries.put(entry.key(), one);
        }
        json.put("settings", entries);
        return json;
    }

    static Object value(String name, String text) {
        if (text == null) {
            return null;
        }
        return switch (SettingKey.of(name).orElseThrow().kind()) {
            case DAYS -> text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
            case INTEGER -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case BOOLEAN -> Boolean.valueOf(text);
            default -> text;
        };
    }

    /**
     * The texts of a JSON object of settings. An object under {@code visitFrequencyDays} gives one entry per
     * category; a JSON null reads as empty text. Values of the wrong shape are reported as problems.
     */
    static Map<String, String> texts(Map<String, Object> body, List<SettingProblem> problems) {
        var texts = new LinkedHashMap<String, String>();
        if (body == null) {
            problems.add(SettingProblem.of("settings", "settings.error.body"));
            return texts;
        }
        if (body.size() > MAX_FIELDS) {
            problems.add(SettingProblem.of("settings", "settings.error.tooMany", MAX_FIELDS));
            return texts;
        }
        body.forEach((name, value) -> {
            if (SettingKey.VISIT_FREQUENCY_DAYS.key().equals(name) && value instanceof Map<?, ?> categories) {
                if (categories.size() > MAX_FIELDS) {
                    problems.add(SettingProblem.of(name, "settings.error.tooMany", MAX_FIELDS));
                    return;
                }
                categories.forEach((category, days) -> put(texts, SettingKey.categoryKey(String.valueOf(category)),
                        days, problems));
            } else {
                put(texts, name, value, problems);
            }
        });
        return texts;
    }

    private static void put(Map<String, String> texts, String name, Object value, List<SettingProblem> problems) {
        if (value == null) {
            texts.put(name, "");
        } else if (value instanceof List<?> list && list.size() <= 7
                && list.stream().allMatch(item -> item instanceof String)) {
            texts.put(name, String.join(",", list.stream().map(String.class::cast).toList()));
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            texts.put(name, value.toString());
        } else {
            problems.add(SettingProblem.of(name, "settings.error.shape"));
        }
    }

    static List<SettingProblem> newProblems() {
        return new ArrayList<>();
    }
}

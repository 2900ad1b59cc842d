package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Helpers over settings written as text: defaults, merging a user's values onto the company's, names, diffs. */
public final class SettingTexts {

    private SettingTexts() {
    }

    /** The company's values: what it stored over the values every company starts with. */
    public static Map<String, String> company(Map<String, String> stored) {
        var texts = new LinkedHashMap<String, String>();
        for (var key : SettingKey.values()) {
            if (!key.isFamily()) {
                texts.put(key.key(), stored.getOrDefault(key.key(), key.defaultValue()));
            }
        }
        var storedCategories = stored.keySet().stream().filter(SettingTexts::isCategory).toList();
        if (storedCategories.isEmpty()) {
            new java.util.TreeMap<>(SettingKey.DEFAULT_CATEGORIES)
                    .forEach((category, days) -> texts.put(SettingKey.categoryKey(category), days));
        } else {
            storedCategories.forEach(name -> texts.put(name, stored.get(name)));
        }
        return texts;
    }

    /** The values in force for a user: their own where they have one (for known names only), else the company's. */
    public static Map<String, String> effective(Map<String, String> company, Map<String, String> own) {
        var texts = new LinkedHashMap<>(company);
        own.forEach((name, value) -> {
            if (company.containsKey(name)) {
                texts.put(name, value);
            }
        });
        return texts;
    }

    public static boolean isCategory(String name) {
        return SettingKey.categoryOf(name).isPresent();
    }

    /**
     * The name as stored: setting names are case-sensitive, a category code is upper-cased, e.g.
     * {@code visitFrequencyDays.key} becomes {@code visitFrequencyDays.KEY}. Empty for an unknown name.
     */
    public static java.util.Optional<String> normalName(String name) {
        if (name == null || name.length() > 100) {
            return java.util.Optional.empty();
        }
        var category = SettingKey.categoryOf(name);
        if (category.isPresent()) {
            return java.util.Optional.of(SettingKey.categoryKey(category.get().strip().toUpperCase(Locale.ROOT)));
        }
        return SettingKey.of(name).map(SettingKey::key);
    }

    /** The canonical text of one value, or the text itself when it does not read (the reader reports it later). */
    public static String canonical(String name, String text) {
        var key = SettingKey.of(name);
        if (key.isEmpty()) {
            return text;
        }
        try {
            return key.get().kind().format(key.get().kind().parse(text, key.get()));
        } catch (SettingKind.Rejected e) {
            return text;
        }
    }

    /** {@code name: before -> after} for every name whose value differs; absent values read {@code (none)}. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        var names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        var lines = new ArrayList<String>();
        for (var name : names) {
            var old = before.get(name);
            var now = after.get(name);
            if (!Objects.equals(old, now)) {
                lines.add(name + ": " + (old == null ? "(none)" : old) + " -> " + (now == null ? "(none)" : now));
            }
        }
        return lines;
    }
}

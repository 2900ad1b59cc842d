package dev.terrain.organization;

/**
 * One setting as it applies to a user: its name (e.g. {@code workdayStart}, {@code visitFrequencyDays.A}), the
 * value in force written as canonical text, where it comes from, and the company's value it replaces or follows.
 */
public record EffectiveSetting(String key, String value, SettingSource source, String companyValue) {

    public boolean own() {
        return source == SettingSource.USER;
    }
}

package dev.terrain.organization.internal;

import java.util.List;

/**
 * A setting that breaks a rule: the field it concerns and a message key (with arguments) of the
 * {@code organization} bundle, so that each screen and API answer speaks the reader's language.
 */
public record SettingProblem(String field, String code, List<Object> args) {

    public SettingProblem {
        args = List.copyOf(args);
    }

    public static SettingProblem of(String field, String code, Object... args) {
        return new SettingProblem(field, code, List.of(args));
    }
}

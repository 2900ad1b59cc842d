package dev.terrain.organization.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.terrain.organization.Action;
import dev.terrain.organization.Audience;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;

/** Reads action names and audiences sent by the API or the matrix screen, naming each unknown one. */
final class PermissionsForm {

    private PermissionsForm() {
    }

    static Map<Action, Audience> parse(Map<String, String> values) {
        var problems = new ArrayList<FieldProblem>();
        var result = new EnumMap<Action, Audience>(Action.class);
        if (values == null) {
            return result;
        }
        values.forEach((name, audience) -> {
            Action action;
            try {
                action = Action.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(name, "is not an action"));
                return;
            }
            try {
                result.put(action, Audience.valueOf(String.valueOf(audience).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(name, "must be one of EVERYONE, SUPERVISORS_AND_ADMINS, ADMINS_ONLY, NOBODY"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }
}

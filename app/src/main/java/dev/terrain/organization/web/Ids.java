package dev.terrain.organization.web;

import java.util.Locale;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.web.RequestIds;

/** Reads ids and filters from request text: a malformed id is simply not found, a bad filter names itself. */
final class Ids {

    private Ids() {
    }

    static UserId user(String value) {
        return RequestIds.inPath(value, "User", UserId::new);
    }

    /** A user id given as a field (a successor): malformed is bad input, not an unknown address. */
    static UserId successor(String value) {
        return RequestIds.parameter(value, "successor", UserId::new);
    }

    static GroupId group(String value) {
        return RequestIds.inPath(value, "Group", GroupId::new);
    }

    static UserFilter filter(String text, String role, String active, String group) {
        return new UserFilter(blank(text) ? null : text, role(role), active(active),
                RequestIds.optionalParameter(group, "group", GroupId::new));
    }

    private static Role role(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be one of ADMIN, SUPERVISOR, REP");
        }
    }

    private static Boolean active(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("active", "must be true or false");
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

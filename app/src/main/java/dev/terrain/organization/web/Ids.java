package dev.terrain.organization.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;

/** Reads ids and filters from request text: a malformed id is simply not found, a bad filter names itself. */
final class Ids {

    private Ids() {
    }

    static UserId user(String value) {
        return uuid(value).map(UserId::new).orElseThrow(() -> new NotFoundException("User", value));
    }

    /** A user id given as a field (a successor): malformed is bad input, not an unknown address. */
    static UserId successor(String value) {
        return uuid(value).map(UserId::new)
                .orElseThrow(() -> new InvalidInputException("successor", "is not a user id"));
    }

    static GroupId group(String value) {
        return uuid(value).map(GroupId::new).orElseThrow(() -> new NotFoundException("Group", value));
    }

    static UserFilter filter(String text, String role, String active, String group) {
        return new UserFilter(blank(text) ? null : text, role(role), active(active),
                blank(group) ? null : uuid(group).map(GroupId::new)
                        .orElseThrow(() -> new InvalidInputException("group", "is not a group id")));
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

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

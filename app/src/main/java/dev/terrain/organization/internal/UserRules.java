package dev.terrain.organization.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserManagement;
import dev.terrain.platform.InvalidInputException.FieldProblem;

/**
 * The rules a user's details follow, one method per rule. Problems are collected, never thrown, so one answer
 * names every failing field; {@code prefix} is empty for a form and {@code users[3].} for a bulk row.
 */
final class UserRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final String prefix;
    private final List<FieldProblem> problems;

    UserRules(String prefix, List<FieldProblem> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Returns the valid details, or {@code null} when a problem was added. */
    ValidUser check(String email, String displayName, String roleName, String address, Double latitude,
            Double longitude, String externalId) {
        int before = problems.size();
        var cleanEmail = email(email);
        var name = required("displayName", displayName, 200);
        var role = role(roleName);
        var home = home(role, address, latitude, longitude);
        var external = optional("externalId", externalId, 100);
        return problems.size() == before ? new ValidUser(cleanEmail, name, role, home, external) : null;
    }

    void password(String password) {
        if (password == null || password.length() < UserManagement.MIN_PASSWORD_LENGTH) {
            problem("password", "must have at least " + UserManagement.MIN_PASSWORD_LENGTH + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problem("password", "must have at most " + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    private String email(String value) {
        var email = required("email", value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problem("email", "is not an e-mail address");
            return null;
        }
        return email;
    }

    private Role role(String value) {
        if (value == null || value.isBlank()) {
            problem("role", "is required");
            return null;
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("role", "must be one of ADMIN, SUPERVISOR, REP");
            return null;
        }
    }

    /** A rep needs a home with coordinates (their tours start there); for others it is optional. */
    private HomeAddress home(Role role, String address, Double latitude, Double longitude) {
        var cleanAddress = optional("homeAddress", address, 500);
        boolean anyGiven = cleanAddress != null || latitude != null || longitude != null;
        if (!anyGiven && role != Role.REP) {
            return null;
        }
        boolean ok = true;
        if (cleanAddress == null) {
            ok = problem("homeAddress", role == Role.REP ? "is required for a rep" : "is required with coordinates");
        }
        ok &= coordinate("latitude", latitude, 90);
        ok &= coordinate("longitude", longitude, 180);
        return ok && cleanAddress != null ? new HomeAddress(cleanAddress, latitude, longitude) : null;
    }

    private boolean coordinate(String field, Double value, double limit) {
        if (value == null) {
            return problem(field, "is required with a home address");
        }
        if (value.isNaN() || value < -limit || value > limit) {
            return problem(field, "must be between -" + (int) limit + " and " + (int) limit);
        }
        return true;
    }

    private String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        return optional(field, value, maxLength);
    }

    private String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            problem(field, "must have at most " + maxLength + " characters");
            return null;
        }
        return trimmed;
    }

    boolean problem(String field, String message) {
        problems.add(new FieldProblem(prefix + field, message));
        return false;
    }
}

package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.platform.ConflictException;

/**
 * A person who signs in to Terrain. Its state changes through intention-revealing methods; a
 * {@link #snapshot()} taken before a change lets the audit log say what changed.
 */
final class User {

    private final UserId id;
    private String email;
    private String displayName;
    private Role role;
    private boolean active;
    private String passwordHash;
    private HomeAddress home;
    private String externalId;
    private final int version;

    User(UserId id, String email, String displayName, Role role, boolean active, String passwordHash,
            HomeAddress home, String externalId, int version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.active = active;
        this.passwordHash = passwordHash;
        this.home = home;
        this.externalId = externalId;
        this.version = version;
    }

    static User register(ValidUser details, String passwordHash) {
        return new User(UserId.random(), details.email(), details.displayName(), details.role(), true,
                passwordHash, details.home(), details.externalId(), 0);
    }

    /** Applies edited details (not the password, nor the active flag). */
    void revise(ValidUser details) {
        email = details.email();
        displayName = details.displayName();
        role = details.role();
        home = details.home();
        externalId = details.externalId();
    }

    void deactivate() {
        if (!active) {
            throw new ConflictException("active", "already deactivated");
        }
        active = false;
    }

    void reactivate() {
        if (active) {
            throw new ConflictException("active", "already active");
        }
        active = true;
    }

    /** Used by bulk upserts, where sending the current state again is not an error. */
    void setActive(boolean active) {
        this.active = active;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    boolean isActiveAdmin() {
        return active && role == Role.ADMIN;
    }

    Snapshot snapshot() {
        return new Snapshot(email, displayName, role, active, home, externalId, passwordHash);
    }

    UserId id() { return id; }
    String email() { return email; }
    String displayName() { return displayName; }
    Role role() { return role; }
    boolean active() { return active; }
    String passwordHash() { return passwordHash; }
    HomeAddress home() { return home; }
    String externalId() { return externalId; }
    int version() { return version; }

    /** The audited state of a user at one moment. */
    record Snapshot(String email, String displayName, Role role, boolean active, HomeAddress home,
            String externalId, String passwordHash) {

        /** Everything set on creation, e.g. {@code role: REP; email: a@b.c}. */
        String describe() {
            return "email: " + email + "; name: " + displayName + "; role: " + role
                    + (home == null ? "" : "; home: " + home.address()) + (externalId == null ? "" : "; externalId: " + externalId);
        }

        /** What differs from {@code before}, e.g. {@code role: REP -> SUPERVISOR}; empty when nothing does. */
        String changesSince(Snapshot before) {
            List<String> changes = new ArrayList<>();
            compare(changes, "email", before.email, email);
            compare(changes, "name", before.displayName, displayName);
            compare(changes, "role", before.role, role);
            compare(changes, "active", before.active, active);
            compare(changes, "home", describe(before.home), describe(home));
            compare(changes, "externalId", before.externalId, externalId);
            if (!Objects.equals(before.passwordHash, passwordHash)) {
                changes.add("password: changed");
            }
            return String.join("; ", changes);
        }

        private static String describe(HomeAddress home) {
            return home == null ? null : home.address() + " (" + home.latitude() + ", " + home.longitude() + ")";
        }

        private static void compare(List<String> changes, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                changes.add(field + ": " + before + " -> " + after);
            }
        }
    }
}

package dev.terrain.organization;

/** What a user is in the company. Admins and supervisors have no tour of their own. */
public enum Role {
    ADMIN, SUPERVISOR, REP;

    public boolean hasTour() {
        return this == REP;
    }
}

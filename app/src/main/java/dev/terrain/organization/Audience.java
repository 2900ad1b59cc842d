package dev.terrain.organization;

/** Who an action of the permission matrix is granted to. */
public enum Audience {
    EVERYONE, SUPERVISORS_AND_ADMINS, ADMINS_ONLY, NOBODY;

    public boolean includes(Role role) {
        return switch (this) {
            case EVERYONE -> true;
            case SUPERVISORS_AND_ADMINS -> role != Role.REP;
            case ADMINS_ONLY -> role == Role.ADMIN;
            case NOBODY -> false;
        };
    }
}

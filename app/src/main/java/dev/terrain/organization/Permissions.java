package dev.terrain.organization;

/**
 * The permission matrix, checked on the server for every request that performs one of its actions.
 */
public interface Permissions {

    boolean allows(CurrentUser user, Action action);

    /** Throws {@link org.springframework.security.access.AccessDeniedException} when the user may not. */
    void check(CurrentUser user, Action action);
}

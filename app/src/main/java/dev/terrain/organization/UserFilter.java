package dev.terrain.organization;

/**
 * Narrows a user list; every part is optional. {@code text} matches e-mail, name or external id.
 */
public record UserFilter(String text, Role role, Boolean active, GroupId group) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}

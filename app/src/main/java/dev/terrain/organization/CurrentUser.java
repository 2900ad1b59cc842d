package dev.terrain.organization;

/**
 * The signed-in user of a request, whether through the web session or an API token.
 * Controllers receive it with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public record CurrentUser(UserId id, String email, String displayName, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}

package dev.terrain.organization;

/**
 * A user was deactivated. Published inside the deactivating transaction: listeners that hand the user's
 * customers and territories to the {@code successor} (null when none was chosen) run in the same commit, so
 * the hand-over happens entirely or not at all.
 */
public record UserDeactivated(UserId user, UserId successor, CurrentUser actor) {
}

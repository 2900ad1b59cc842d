package dev.terrain.organization.internal;

import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;

/** User details that passed {@link UserRules}: trimmed, within the column sizes, a rep has a home. */
record ValidUser(String email, String displayName, Role role, HomeAddress home, String externalId) {
}

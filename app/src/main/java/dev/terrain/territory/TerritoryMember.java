package dev.terrain.territory;

import dev.terrain.organization.UserId;

/** A member of a territory with their role in it. */
public record TerritoryMember(UserId userId, String email, String displayName, MemberRole role, boolean active) {
}

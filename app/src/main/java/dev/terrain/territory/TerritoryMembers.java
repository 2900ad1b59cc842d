package dev.terrain.territory;

import java.util.List;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserId;

/**
 * Who belongs to which territory, and as what. Only active users can be added. Readers of a territory see its
 * members; only {@code MANAGE_TERRITORIES} changes them. When a user is deactivated with a successor, their
 * memberships go to the successor (who keeps the stronger role where already a member).
 */
public interface TerritoryMembers {

    List<TerritoryMember> members(CurrentUser actor, TerritoryId territory);

    /** Adds the user or changes their role. */
    List<TerritoryMember> put(CurrentUser actor, TerritoryId territory, UserId user, MemberRole role);

    List<TerritoryMember> remove(CurrentUser actor, TerritoryId territory, UserId user);
}

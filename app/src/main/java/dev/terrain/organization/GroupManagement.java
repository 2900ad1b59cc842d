package dev.terrain.organization;

import java.util.List;

/**
 * Groups of users. A user can belong to several; the supervisors of a group are its members with the
 * supervisor role. Admins create, rename and delete groups and change their members; supervisors see only
 * their own groups, read-only. Every change is written to the {@link AuditLog}.
 */
public interface GroupManagement {

    ResultPage<GroupView> list(CurrentUser actor, String text, int page, int size);

    GroupView get(CurrentUser actor, GroupId id);

    /** The groups the actor may put a user in: all for admins, their own for supervisors. */
    List<GroupView> assignable(CurrentUser actor);

    GroupView create(CurrentUser actor, String name, String description);

    GroupView rename(CurrentUser actor, GroupId id, String name, String description);

    void delete(CurrentUser actor, GroupId id);

    GroupView addMember(CurrentUser actor, GroupId id, UserId user);

    GroupView removeMember(CurrentUser actor, GroupId id, UserId user);
}

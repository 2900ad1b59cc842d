package dev.terrain.organization;

import java.util.List;

/** A group of users; {@code members} is filled when one group is shown, empty in lists. */
public record GroupView(GroupId id, String name, String description, int memberCount, List<String> supervisors,
        List<Member> members) {

    public record Member(UserId id, String email, String displayName, Role role, boolean active) {
    }
}

package dev.terrain.organization.web;

import java.util.ArrayList;
import java.util.List;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.UserDraft;
import dev.terrain.organization.UserView;
import dev.terrain.platform.InvalidInputException.FieldProblem;

/** The user form as typed: text, so that a mistyped coordinate comes back named instead of failing. */
record UserForm(String email, String displayName, String role, String homeAddress, String latitude,
        String longitude, String externalId, List<String> groupIds, String password) {

    static UserForm empty() {
        return new UserForm("", "", "REP", "", "", "", "", List.of(), "");
    }

    static UserForm of(UserView user) {
        var home = user.home();
        return new UserForm(user.email(), user.displayName(), user.role().name(),
                home == null ? "" : home.address(), home == null ? "" : String.valueOf(home.latitude()),
                home == null ? "" : String.valueOf(home.longitude()), user.externalId() == null ? "" : user.externalId(),
                user.groups().stream().map(g -> g.id().toString()).toList(), "");
    }

    /** The draft to send, collecting problems with numbers and ids on the way. */
    UserDraft draft(List<FieldProblem> problems) {
        var groups = new ArrayList<GroupId>();
        for (var id : groupIds == null ? List.<String>of() : groupIds) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                groups.add(new GroupId(java.util.UUID.fromString(id)));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("groupIds", "unknown group"));
            }
        }
        return new UserDraft(email, displayName, role, homeAddress, number("latitude", latitude, problems),
                number("longitude", longitude, problems), externalId, groups);
    }

    public boolean hasGroup(Object id) {
        return groupIds != null && groupIds.contains(String.valueOf(id));
    }

    private static Double number(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a number"));
            return null;
        }
    }
}

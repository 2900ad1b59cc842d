package dev.terrain.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.terrain.organization.internal.SignInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds the people a test needs, each with a unique e-mail, since every test shares one database. Created
 * through {@link UserManagement} by a stand-in admin, as an admin would.
 */
@Component
public class UsersFixture {

    /** Acts as an admin without existing as a row: enough to create the first real people of a test. */
    public static final CurrentUser ROOT = new CurrentUser(UserId.random(), "root@fixture.test", "Root", Role.ADMIN);

    private final UserManagement users;
    private final GroupManagement groups;
    private final JdbcClient jdbc;

    public UsersFixture(UserManagement users, GroupManagement groups, JdbcClient jdbc) {
        this.users = users;
        this.groups = groups;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String name) {
        return unique(name) + "@test.terrain.dev";
    }

    public GroupView group() {
        return groups.create(ROOT, unique("Group"), null);
    }

    public CurrentUser admin() {
        return create(Role.ADMIN, List.of());
    }

    public CurrentUser supervisor(GroupView... of) {
        return create(Role.SUPERVISOR, Arrays.stream(of).map(GroupView::id).toList());
    }

    public CurrentUser rep(GroupView... of) {
        return create(Role.REP, Arrays.stream(of).map(GroupView::id).toList());
    }

    public static UserDraft repDraft(String email, List<GroupId> groups) {
        return new UserDraft(email, "Rep " + email, "REP", "Place Bellecour, 69002 Lyon", 45.7578, 4.8320, null, groups);
    }

    public CurrentUser create(Role role, List<GroupId> groupIds) {
        var email = email(role.name().toLowerCase());
        var draft = role == Role.REP ? repDraft(email, groupIds)
                : new UserDraft(email, role + " " + email, role.name(), null, null, null, null, groupIds);
        var created = users.create(ROOT, draft, "a-long-password").user();
        return new CurrentUser(created.id(), created.email(), created.displayName(), created.role());
    }

    /** Signs a MockMvc request in as this user, for the web pages and the API alike. */
    public static RequestPostProcessor as(CurrentUser user) {
        return user(new SignInAccount(user, "{noop}unused", true, false));
    }

    public List<String> auditSummaries(Object entityId) {
        return jdbc.sql("select action || ': ' || coalesce(summary, '') from audit_log where entity_id = :id order by id")
                .param("id", String.valueOf(entityId)).query(String.class).list();
    }
}

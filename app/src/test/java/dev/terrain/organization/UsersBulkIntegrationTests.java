package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.ROOT;
import static dev.terrain.organization.UsersFixture.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dev.terrain.organization.BulkUserResult.Outcome;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Bulk upserts: by external id or e-mail, all or nothing, every bad row named. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersBulkIntegrationTests {

    @Autowired UserManagement users;
    @Autowired UsersFixture people;
    @Autowired JdbcClient jdbc;

    static BulkUserRow rep(String email, String externalId) {
        return new BulkUserRow(externalId, email, "Rep " + email, "REP", null, null, "Rue de la République, Lyon",
                45.7640, 4.8357, null);
    }

    long countLike(String domainPart) {
        return jdbc.sql("select count(*) from users where email like :p").param("p", "%" + domainPart + "%")
                .query(Long.class).single();
    }

    @Test
    void createsThenUpdatesByExternalIdOrEmail() {
        var group = people.group();
        var a = email("bulk-a");
        var b = email("bulk-b");
        var ext = UsersFixture.unique("ERP");
        var first = users.upsert(ROOT, List.of(rep(a, ext), rep(b, null)));
        assertThat(first.created()).isEqualTo(2);

        var renamedA = email("bulk-a2");
        var second = users.upsert(ROOT, List.of(
                new BulkUserRow(ext, renamedA, "Renamed", "SUPERVISOR", null, null, null, null, null, List.of(group.name())),
                new BulkUserRow(null, b.toUpperCase(), "Rep " + b, "REP", false, null, "Rue de la République, Lyon", 45.7640, 4.8357, null),
                rep(email("bulk-c"), null)));

        assertThat(second.users()).extracting(BulkUserResult.Row::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.UPDATED, Outcome.CREATED);
        var updatedA = users.get(ROOT, second.users().get(0).id());
        assertThat(updatedA.email()).isEqualTo(renamedA);
        assertThat(updatedA.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(updatedA.groups()).extracting(UserView.GroupRef::name).containsExactly(group.name());
        assertThat(users.get(ROOT, second.users().get(1).id()).active()).isFalse();
        assertThat(people.auditSummaries(updatedA.id())).last().asString().contains("role: REP -> SUPERVISOR");
    }

    @Test
    void sendingTheSameRowsAgainChangesNothing() {
        var row = rep(email("same"), UsersFixture.unique("ERP"));
        users.upsert(ROOT, List.of(row));

        var again = users.upsert(ROOT, List.of(row));

        assertThat(again.users()).extracting(BulkUserResult.Row::outcome).containsExactly(Outcome.UNCHANGED);
    }

    @Test
    void aBadRowRejectsTheWholeCallNamingTheRow() {
        var marker = UsersFixture.unique("rollback");
        var rows = new ArrayList<BulkUserRow>();
        for (int i = 0; i < 20; i++) {
            rows.add(rep(marker + "-" + i + "@test.terrain.dev", null));
        }
        rows.set(17, rep("not-an-email-" + marker, null));
        rows.set(3, new BulkUserRow(null, marker + "-x@test.terrain.dev", "X", "REP", null, null, null, null, 200.0, null));

        assertThatThrownBy(() -> users.upsert(ROOT, rows)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("users[3].homeAddress", "users[3].latitude", "users[3].longitude", "users[17].email"));
        assertThat(countLike(marker)).isZero();
    }

    @Test
    void anEmailAlreadyUsedByAnotherUserIsNamed() {
        var taken = people.rep();
        var ext = UsersFixture.unique("ERP");
        users.upsert(ROOT, List.of(rep(email("owner"), ext)));
        var marker = UsersFixture.unique("ok");

        assertThatThrownBy(() -> users.upsert(ROOT, List.of(rep(marker + "@test.terrain.dev", null), rep(taken.email(), ext))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("users[1].email", "already used")));
        assertThat(countLike(marker)).isZero();
    }

    @Test
    void repeatedEmailsAndUnknownGroupsAreNamed() {
        var email = email("dup");
        var rows = List.of(rep(email, null), rep(email.toUpperCase(), null),
                new BulkUserRow(null, email("g"), "G", "SUPERVISOR", null, null, null, null, null, List.of("No such group " + email)));

        assertThatThrownBy(() -> users.upsert(ROOT, rows)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("users[1].email", "users[2].groups"));
    }

    @Test
    void moreThanTheLimitIsRefusedBeforeAnythingIsWritten() {
        var marker = UsersFixture.unique("many");
        var rows = new ArrayList<BulkUserRow>();
        for (int i = 0; i <= UserManagement.MAX_BULK_ROWS; i++) {
            rows.add(rep(marker + "-" + i + "@test.terrain.dev", null));
        }

        assertThatThrownBy(() -> users.upsert(ROOT, rows)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).field()).isEqualTo("users"));
        assertThat(countLike(marker)).isZero();
    }

    @Test
    void onlyAdminsUpsertInBulk() {
        var group = people.group();
        var supervisor = people.supervisor(group);

        assertThatThrownBy(() -> users.upsert(supervisor, List.of(rep(email("s"), null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void usersCreatedWithoutAPasswordCannotSignInYet() {
        var email = email("nopass");
        users.upsert(ROOT, List.of(rep(email, null)));

        var hash = jdbc.sql("select password_hash from users where email = :e").param("e", email).query(String.class).single();
        assertThat(hash).isEqualTo("{bcrypt}!unset");
    }

    @Test
    @Transactional
    void aCallThatWouldLeaveNoActiveAdminIsRefused() {
        var last = people.admin();
        jdbc.sql("update users set active = false where role = 'ADMIN' and id <> :id").param("id", last.id().value()).update();

        var demote = new BulkUserRow(null, last.email(), last.displayName(), "REP", null, null, "Lyon", 45.76, 4.83, null);
        assertThatThrownBy(() -> users.upsert(ROOT, List.of(rep(email("ok"), null), demote)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("users[1].role"));
        assertThat(users.get(ROOT, last.id()).role()).isEqualTo(Role.ADMIN);
    }
}

package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.ROOT;
import static dev.terrain.organization.UsersFixture.email;
import static dev.terrain.organization.UsersFixture.repDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The rules of user management, through {@link UserManagement} on the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersIntegrationTests {

    @Autowired UserManagement users;
    @Autowired UsersFixture people;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService signIn;

    @Test
    void createsAUserWithAHashedPasswordThatSignsIn() {
        var email = email("julie");
        var created = users.create(ROOT, repDraft(email, List.of()), "lyon-is-lovely").user();

        var hash = jdbc.sql("select password_hash from users where id = :id").param("id", created.id().value())
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("lyon-is-lovely");
        assertThat(passwords.matches("lyon-is-lovely", hash)).isTrue();
        assertThat(signIn.loadUserByUsername(email.toUpperCase()).isEnabled()).isTrue();
        assertThat(created.home().latitude()).isEqualTo(45.7578);
    }

    @Test
    void generatesAPasswordWhenNoneIsGiven() {
        var created = users.create(ROOT, repDraft(email("gen"), List.of()), "");

        assertThat(created.generatedPassword()).hasSize(16);
        var hash = signIn.loadUserByUsername(created.user().email()).getPassword();
        assertThat(passwords.matches(created.generatedPassword(), hash)).isTrue();
    }

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> users.create(ROOT, repDraft(email("short"), List.of()), "123456789"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("password"));
    }

    @Test
    void emailIsUniqueRegardlessOfCase() {
        var email = email("twice");
        users.create(ROOT, repDraft(email, List.of()), "a-long-password");

        assertThatThrownBy(() -> users.create(ROOT, repDraft(email.toUpperCase(), List.of()), "a-long-password"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void aRepNeedsAHomeWithValidCoordinates() {
        var draft = new UserDraft(email("nohome"), "No Home", "rep", null, 91.0, -181.0, null, List.of());

        assertThatThrownBy(() -> users.create(ROOT, draft, "a-long-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("homeAddress", "latitude", "longitude"));
    }

    @Test
    void deactivatedUsersCannotSignInAndKeepTheirData() {
        var rep = people.rep();
        var admin = people.admin();

        var deactivated = users.deactivate(admin, rep.id());

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.home()).isNotNull();
        assertThat(signIn.loadUserByUsername(rep.email()).isEnabled()).isFalse();
        assertThatThrownBy(() -> users.deactivate(admin, rep.id())).isInstanceOf(ConflictException.class);
        assertThat(users.reactivate(admin, rep.id()).active()).isTrue();
        assertThat(signIn.loadUserByUsername(rep.email()).isEnabled()).isTrue();
    }

    @Test
    @Transactional
    void theLastActiveAdminCanBeNeitherDeactivatedNorDemoted() {
        var last = people.admin();
        jdbc.sql("update users set active = false where role = 'ADMIN' and id <> :id").param("id", last.id().value()).update();
        var before = users.get(last, last.id());

        assertThatThrownBy(() -> users.deactivate(last, last.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("active"));
        var demotion = new UserDraft(last.email(), last.displayName(), "SUPERVISOR", null, null, null, null, null);
        assertThatThrownBy(() -> users.edit(last, last.id(), demotion))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("role"));

        var after = users.get(last, last.id());
        assertThat(after.active()).isTrue();
        assertThat(after.role()).isEqualTo(Role.ADMIN);
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
    }

    @Test
    void anAdminCanBeDemotedWhileAnotherAdminRemains() {
        var first = people.admin();
        people.admin();

        var demoted = users.edit(first, first.id(),
                new UserDraft(first.email(), first.displayName(), "SUPERVISOR", null, null, null, null, null));

        assertThat(demoted.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(people.auditSummaries(first.id())).last().asString().contains("role: ADMIN -> SUPERVISOR");
    }

    @Test
    void aSupervisorSeesAndManagesOnlyTheMembersOfTheirGroups() {
        var north = people.group();
        var south = people.group();
        var supervisor = people.supervisor(north);
        var mine = people.rep(north);
        var theirs = people.rep(south);

        var seen = users.list(supervisor, UserFilter.none(), new Paging(0, 100, UserSort.EMAIL)).items();
        assertThat(seen).extracting(UserView::email).contains(mine.email(), supervisor.email()).doesNotContain(theirs.email());
        assertThat(users.get(supervisor, mine.id()).email()).isEqualTo(mine.email());
        assertThatThrownBy(() -> users.get(supervisor, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.deactivate(supervisor, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.edit(supervisor, theirs.id(), repDraft(theirs.email(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.deactivate(supervisor, mine.id()).active()).isFalse();
    }

    @Test
    void aSupervisorCannotCreateAdminsNorPromoteToAdmin() {
        var group = people.group();
        var supervisor = people.supervisor(group);
        var rep = people.rep(group);

        var admin = new UserDraft(email("boss"), "Boss", "ADMIN", null, null, null, null, List.of(group.id()));
        assertThatThrownBy(() -> users.create(supervisor, admin, "a-long-password")).isInstanceOf(AccessDeniedException.class);
        var promotion = new UserDraft(rep.email(), rep.displayName(), "ADMIN", null, null, null, null, null);
        assertThatThrownBy(() -> users.edit(supervisor, rep.id(), promotion)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.get(supervisor, rep.id()).role()).isEqualTo(Role.REP);
    }

    @Test
    void aSupervisorPutsNewUsersInTheirOwnGroupsOnly() {
        var mine = people.group();
        var other = people.group();
        var supervisor = people.supervisor(mine);

        assertThatThrownBy(() -> users.create(supervisor, repDraft(email("x"), List.of(other.id())), "a-long-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("groupIds"));
        assertThatThrownBy(() -> users.create(supervisor, repDraft(email("y"), List.of()), "a-long-password"))
                .isInstanceOf(InvalidInputException.class);
        var created = users.create(supervisor, repDraft(email("z"), List.of(mine.id())), "a-long-password").user();
        assertThat(created.groups()).extracting(UserView.GroupRef::name).containsExactly(mine.name());
    }

    @Test
    void aSupervisorEditingGroupsKeepsTheUsersOtherGroups() {
        var mine = people.group();
        var mineToo = people.group();
        var other = people.group();
        var supervisor = people.supervisor(mine, mineToo);
        var rep = people.rep(mine, other);

        var edited = users.edit(supervisor, rep.id(), repDraft(rep.email(), List.of(mineToo.id())));

        assertThat(edited.groups()).extracting(UserView.GroupRef::name).containsExactlyInAnyOrder(mineToo.name(), other.name());
    }

    @Test
    void repsMayNotManageUsers() {
        var rep = people.rep();

        assertThatThrownBy(() -> users.list(rep, UserFilter.none(), Paging.first())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.get(rep, rep.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(rep, rep.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersByTextRoleActiveAndGroupWithHostileTextBound() {
        var group = people.group();
        var rep = people.rep(group);
        people.supervisor(group);

        var byGroupAndRole = users.list(ROOT, new UserFilter(null, Role.REP, true, group.id()), Paging.first());
        assertThat(byGroupAndRole.items()).extracting(UserView::email).containsExactly(rep.email());
        var byText = users.list(ROOT, new UserFilter(rep.email().substring(0, 12).toUpperCase(), null, null, null), Paging.first());
        assertThat(byText.items()).extracting(UserView::email).contains(rep.email());
        var hostile = users.list(ROOT, new UserFilter("' or 1=1 --%_", null, null, null), Paging.first());
        assertThat(hostile.items()).isEmpty();
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        var rep = people.rep();
        var admin = people.admin();

        users.edit(admin, rep.id(), new UserDraft(rep.email(), "Renamed Rep", "SUPERVISOR", null, null, null, "ERP-" + rep.id(), null));
        users.deactivate(admin, rep.id());
        users.resetPassword(admin, rep.id(), null);

        assertThat(people.auditSummaries(rep.id())).satisfiesExactly(
                created -> assertThat(created).startsWith("created: email: " + rep.email()),
                updated -> assertThat(updated).contains("role: REP -> SUPERVISOR").contains("name: Rep " + rep.email() + " -> Renamed Rep"),
                deactivated -> assertThat(deactivated).isEqualTo("deactivated: active: true -> false"),
                reset -> assertThat(reset).isEqualTo("password reset: password: generated"));
    }

    @Test
    void anAdminResetsAPasswordToOneTheyChoose() {
        var rep = people.rep();

        assertThat(users.resetPassword(ROOT, rep.id(), "brand-new-secret")).isNull();
        assertThat(passwords.matches("brand-new-secret", signIn.loadUserByUsername(rep.email()).getPassword())).isTrue();
        assertThatThrownBy(() -> users.resetPassword(ROOT, rep.id(), "short")).isInstanceOf(InvalidInputException.class);
    }
}

package dev.terrain.territory;

import static dev.terrain.territory.TerritoryFixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Year;

import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UsersFixture;
import dev.terrain.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Memberships with roles, their hand-over when a user leaves, and targets per territory and member. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryMembersIntegrationTests {

    @Autowired TerritoryFixture fixture;
    @Autowired TerritoryMembers members;
    @Autowired TargetManagement targets;
    @Autowired UsersFixture people;
    @Autowired UserManagement users;

    @Test
    void activeUsersJoinWithARoleAndLeave() {
        var territory = fixture.territory("T", null, null);
        var rep = people.rep();
        var gone = people.rep();
        users.deactivate(ROOT, gone.id(), null);

        members.put(ROOT, territory.id(), rep.id(), MemberRole.MEMBER);
        var after = members.put(ROOT, territory.id(), rep.id(), MemberRole.MANAGER);

        assertThat(after).extracting(TerritoryMember::role).containsExactly(MemberRole.MANAGER);
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> members.put(ROOT, territory.id(), gone.id(), MemberRole.MEMBER));
        assertThat(e.problems().get(0).field()).isEqualTo("userId");
        assertThat(members.remove(ROOT, territory.id(), rep.id())).isEmpty();
        assertThat(people.auditSummaries(territory.id())).extracting(s -> s.substring(0, s.indexOf(':')))
                .contains("member added", "member role changed", "member removed");
    }

    @Test
    void aLeavingUsersMembershipsGoToTheSuccessorWhoKeepsTheStrongerRole() {
        var north = fixture.territory("North", null, null);
        var south = fixture.territory("South", null, null);
        var east = fixture.territory("East", null, null);
        var leaving = people.rep();
        var successor = people.rep();
        members.put(ROOT, north.id(), leaving.id(), MemberRole.MEMBER);
        members.put(ROOT, south.id(), leaving.id(), MemberRole.MANAGER);
        members.put(ROOT, south.id(), successor.id(), MemberRole.MEMBER);
        members.put(ROOT, east.id(), leaving.id(), MemberRole.MEMBER);
        members.put(ROOT, east.id(), successor.id(), MemberRole.MANAGER);

        users.deactivate(ROOT, leaving.id(), successor.id());

        assertThat(members.members(ROOT, north.id())).extracting(TerritoryMember::userId, TerritoryMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(successor.id(), MemberRole.MEMBER));
        assertThat(members.members(ROOT, south.id())).extracting(TerritoryMember::userId, TerritoryMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(successor.id(), MemberRole.MANAGER));
        assertThat(members.members(ROOT, east.id())).extracting(TerritoryMember::role).containsExactly(MemberRole.MANAGER);
        assertThat(people.auditSummaries(north.id())).anyMatch(s -> s.startsWith("member handed over"));
    }

    @Test
    void withoutSuccessorTheMembershipsStay() {
        var territory = fixture.territory("T", null, null);
        var leaving = people.rep();
        members.put(ROOT, territory.id(), leaving.id(), MemberRole.MEMBER);

        users.deactivate(ROOT, leaving.id(), null);

        assertThat(members.members(ROOT, territory.id())).extracting(TerritoryMember::active).containsExactly(false);
    }

    @Test
    void targetsAreOnePerTerritoryUserAndPeriod() {
        var lyon = fixture.territory("Lyon", null, null);
        var isere = fixture.territory("Isère", null, null);
        var rep = people.rep();
        members.put(ROOT, lyon.id(), rep.id(), MemberRole.MEMBER);
        members.put(ROOT, isere.id(), rep.id(), MemberRole.MEMBER);
        int year = Year.now().getValue();

        targets.put(ROOT, new Target.Draft(lyon.id(), null, year + "-Q1", new BigDecimal("100000"), 300, 10));
        targets.put(ROOT, new Target.Draft(lyon.id(), rep.id(), year + "-01", new BigDecimal("10000"), 40, 1));
        targets.put(ROOT, new Target.Draft(isere.id(), rep.id(), year + "-01", new BigDecimal("5000"), 20, null));
        var replaced = targets.put(ROOT, new Target.Draft(lyon.id(), rep.id(), year + "-01", new BigDecimal("12000"), 45, 2));

        assertThat(replaced.revenue()).isEqualByComparingTo("12000");
        var ofRep = targets.list(ROOT, new Target.Filter(null, rep.id(), year, "MONTH"), 0, 20).items();
        assertThat(ofRep).extracting(Target::territoryName).containsExactlyInAnyOrder(lyon.name(), isere.name());
        assertThat(targets.list(ROOT, new Target.Filter(lyon.id(), null, year, "QUARTER"), 0, 20).items())
                .extracting(Target::period, Target::visits).containsExactly(org.assertj.core.groups.Tuple.tuple(year + "-Q1", 300));
        assertThat(targets.list(rep, new Target.Filter(lyon.id(), null, null, null), 0, 20).totalItems()).isEqualTo(2);
    }

    @Test
    void badTargetsAreRefusedNamingTheField() {
        var lyon = fixture.territory("Lyon", null, null);
        var stranger = people.rep();

        assertThat(field(new Target.Draft(lyon.id(), null, "2026-13", BigDecimal.ONE, null, null))).isEqualTo("period");
        assertThat(field(new Target.Draft(lyon.id(), null, "2026-Q1", new BigDecimal("-1"), null, null))).isEqualTo("revenue");
        assertThat(field(new Target.Draft(lyon.id(), stranger.id(), "2026-Q1", BigDecimal.ONE, null, null))).isEqualTo("userId");
        assertThat(field(new Target.Draft(null, null, "2026-Q1", BigDecimal.ONE, null, null))).isEqualTo("territoryId");
    }

    private String field(Target.Draft draft) {
        return catchThrowableOfType(InvalidInputException.class, () -> targets.put(ROOT, draft)).problems().get(0).field();
    }
}

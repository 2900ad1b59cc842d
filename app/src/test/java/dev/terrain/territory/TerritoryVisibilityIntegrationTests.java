package dev.terrain.territory;

import static dev.terrain.territory.TerritoryFixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one visibility rule, role by role, on a customer owned by a rep of a group and held by a territory under
 * another: who sees it and who does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryVisibilityIntegrationTests {

    @Autowired CustomerVisibility visibility;
    @Autowired UsersFixture people;
    @Autowired TerritoryFixture fixture;
    @Autowired TerritoryManagement territories;
    @Autowired TerritoryMembers members;
    @Autowired JdbcClient jdbc;

    private GroupView group;
    private CurrentUser owner;
    private CustomerId customer;
    private TerritoryView parent;
    private TerritoryView territory;

    @BeforeEach
    void aCustomerOfARepHeldByATerritory() {
        group = people.group();
        owner = people.rep(group);
        customer = fixture.customer(UsersFixture.unique("Visible"), "69001", "Lyon", owner.id().value(), "{}");
        parent = fixture.territory("Region", null, null);
        territory = fixture.territory("Area", parent, null);
        territories.include(ROOT, territory.id(), customer);
    }

    @Test
    void anAdminSeesIt() {
        assertThat(sees(people.admin())).isTrue();
    }

    @Test
    void theSupervisorOfTheOwnersGroupSeesIt() {
        assertThat(sees(people.supervisor(group))).isTrue();
    }

    @Test
    void anotherSupervisorDoesNot() {
        assertThat(sees(people.supervisor(people.group()))).isFalse();
    }

    @Test
    void theOwnerSeesIt() {
        assertThat(sees(owner)).isTrue();
    }

    @Test
    void anotherRepOfTheSameGroupDoesNot() {
        assertThat(sees(people.rep(group))).isFalse();
    }

    @Test
    void aMemberOfTheTerritorySeesIt() {
        var rep = people.rep();
        members.put(ROOT, territory.id(), rep.id(), MemberRole.MEMBER);
        assertThat(sees(rep)).isTrue();
    }

    @Test
    void aMemberOfAnAncestorTerritorySeesIt() {
        var rep = people.rep();
        members.put(ROOT, parent.id(), rep.id(), MemberRole.MEMBER);
        assertThat(sees(rep)).isTrue();
    }

    @Test
    void aManagerOfTheTerritorySeesIt() {
        var supervisor = people.supervisor(people.group());
        members.put(ROOT, territory.id(), supervisor.id(), MemberRole.MANAGER);
        assertThat(sees(supervisor)).isTrue();
    }

    @Test
    void aMemberOfAChildOrSiblingTerritoryDoesNot() {
        var child = fixture.territory("Child", territory, null);
        var sibling = fixture.territory("Sibling", parent, null);
        var rep = people.rep();
        members.put(ROOT, child.id(), rep.id(), MemberRole.MANAGER);
        members.put(ROOT, sibling.id(), rep.id(), MemberRole.MANAGER);
        assertThat(sees(rep)).isFalse();
    }

    @Test
    void anExcludedCustomerIsNoLongerSeenThroughTheTerritory() {
        var rep = people.rep();
        members.put(ROOT, territory.id(), rep.id(), MemberRole.MEMBER);
        territories.exclude(ROOT, territory.id(), customer);
        assertThat(sees(rep)).isFalse();
    }

    private boolean sees(CurrentUser user) {
        var predicate = visibility.visibleTo(user, "c");
        return jdbc.sql("select count(*) from customers c where c.id = :id and " + predicate.sql())
                .params(predicate.parameters()).param("id", customer.value()).query(Long.class).single() == 1;
    }
}

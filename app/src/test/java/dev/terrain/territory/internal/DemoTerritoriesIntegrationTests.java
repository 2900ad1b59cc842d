package dev.terrain.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo tree, built inside a transaction that is rolled back (the test database is shared): three levels,
 * postal-code rules that place customers, the demo people as members, and this year's targets.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoTerritoriesIntegrationTests {

    @Autowired Territories territories;
    @Autowired RuleChanges rules;
    @Autowired Assignments assignments;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.beans.factory.ObjectProvider<dev.terrain.organization.AuditLog> audit;
    @Autowired TransactionTemplate transaction;

    @Test
    void theDemoTreePlacesCustomersAndMembers() {
        transaction.executeWithoutResult(status -> {
            var claire = demoUser("claire.martin", "SUPERVISOR");
            var julie = demoUser("julie.petit", "REP");
            var marker = "demo-" + UUID.randomUUID().toString().substring(0, 8);
            customer(marker + " Croix-Rousse", "69004");
            customer(marker + " Oullins", "69600");
            customer(marker + " Grenoble", "38000");
            customer(marker + " Paris", "75001");
            var demo = new DemoTerritories(territories, rules, assignments, jdbc, audit.getObject(), transaction);

            demo.create();

            assertThat(held("Lyon Nord", marker)).containsExactly(marker + " Croix-Rousse");
            assertThat(held("Lyon Sud", marker)).containsExactly(marker + " Oullins");
            assertThat(held("Isère", marker)).containsExactly(marker + " Grenoble");
            assertThat(held("Auvergne-Rhône-Alpes", marker)).hasSize(3);
            assertThat(jdbc.sql("select max(depth) from territory_paths p join territories t on t.id = p.descendant_id where t.name = 'Lyon Nord'")
                    .query(Integer.class).single()).isEqualTo(2);
            assertThat(role("Lyon Nord", claire)).isEqualTo("MANAGER");
            assertThat(role("Lyon Nord", julie)).isEqualTo("MEMBER");
            assertThat(jdbc.sql("""
                    select count(*) from territory_targets g join territories t on t.id = g.territory_id
                    where t.name = 'Lyon Nord' and extract(year from g.starts_on) = extract(year from current_date)""")
                    .query(Long.class).single()).isEqualTo(4 + 12);
            status.setRollbackOnly();
        });
    }

    private UUID demoUser(String localPart, String role) {
        var email = localPart + "@demo.terrain.dev";
        jdbc.sql("""
                insert into users (id, email, display_name, role, password_hash)
                select :id, :email, :email, :role, 'x' where not exists (select 1 from users where lower(email) = :email)""")
                .param("id", UUID.randomUUID()).param("email", email).param("role", role).update();
        jdbc.sql("update users set active = true where lower(email) = :email").param("email", email).update();
        return jdbc.sql("select id from users where lower(email) = :email").param("email", email).query(UUID.class).single();
    }

    private void customer(String name, String postalCode) {
        jdbc.sql("insert into customers (id, name, postal_code, country) values (:id, :name, :postalCode, 'FR')")
                .param("id", UUID.randomUUID()).param("name", name).param("postalCode", postalCode).update();
    }

    private java.util.List<String> held(String territory, String marker) {
        return jdbc.sql("""
                select c.name from territory_customers tc join customers c on c.id = tc.customer_id
                join territories t on t.id = tc.territory_id
                where t.name = :territory and t.description = 'Demo territory' and c.name like :marker order by c.name""")
                .param("territory", territory).param("marker", marker + "%").query(String.class).list();
    }

    private String role(String territory, UUID user) {
        return jdbc.sql("""
                select m.role from territory_members m join territories t on t.id = m.territory_id
                where t.name = :territory and t.description = 'Demo territory' and m.user_id = :user""")
                .param("territory", territory).param("user", user).query(String.class).single();
    }
}

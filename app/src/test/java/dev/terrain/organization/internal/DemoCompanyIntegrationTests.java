package dev.terrain.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo company: what it holds, and that it never touches an installation that already has users. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DemoCompanyIntegrationTests {

    @Autowired Users users;
    @Autowired Groups groups;
    @Autowired Memberships memberships;
    @Autowired PasswordEncoder passwords;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    DemoCompany demo() {
        return new DemoCompany(users, groups, memberships, passwords, audit, transaction);
    }

    @Test
    void anInstallationWithUsersIsLeftAlone() {
        jdbc.sql("insert into users (id, email, display_name, role, password_hash) values (gen_random_uuid(), "
                + "'someone-' || gen_random_uuid() || '@test.terrain.dev', 'Someone', 'REP', 'x')").update();
        long before = users.count();

        assertThat(demo().createIfEmpty()).isFalse();
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void anEmptyInstallationGetsTheDemoCompanyOnce() {
        // An empty installation, inside this test's transaction (rolled back afterwards): everything that
        // refers to a user (memberships, tokens, own settings, and the other modules' customers) goes too.
        jdbc.sql("truncate users cascade").update();
        jdbc.sql("delete from user_groups where lower(name) in ('lyon nord', 'lyon sud')").update();

        assertThat(demo().createIfEmpty()).isTrue();
        assertThat(demo().createIfEmpty()).isFalse();

        assertThat(users.count()).isEqualTo(11);
        var admin = users.findByEmail("admin@demo.terrain.dev").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("terrain-demo-admin", admin.passwordHash())).isTrue();
        var claire = users.findByEmail("claire.martin@demo.terrain.dev").orElseThrow();
        var supervised = jdbc.sql("select u.email from supervised_users s join users u on u.id = s.user_id "
                        + "where s.supervisor_id = :id and u.role = 'REP' order by u.email")
                .param("id", claire.id().value()).query(String.class).list();
        assertThat(supervised).containsExactly("emma.laurent@demo.terrain.dev", "hugo.simon@demo.terrain.dev",
                "julie.petit@demo.terrain.dev", "lucas.moreau@demo.terrain.dev");
        var reps = jdbc.sql("select home_latitude, home_longitude from users where role = 'REP'")
                .query((rs, row) -> List.of(rs.getDouble(1), rs.getDouble(2))).list();
        assertThat(reps).hasSize(8).allSatisfy(point -> {
            assertThat(point.get(0)).isBetween(45.5, 45.9);
            assertThat(point.get(1)).isBetween(4.7, 5.0);
        });
    }

    @Test
    void theConsoleBlockListsEverySignIn() {
        var block = DemoCompany.signIns(true);

        assertThat(block).contains("admin@demo.terrain.dev", "terrain-demo-admin", "terrain-demo-supervisor",
                "louis.roux@demo.terrain.dev", "Lyon Sud");
    }
}

package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.GroupId;
import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty installation with a small company around Lyon, so Terrain can be tried at once: one admin,
 * two supervisors, two groups and eight reps with real home coordinates. It runs only when
 * {@code terrain.demo.enabled} is true and no user exists yet, so a restart never duplicates it; the sign-ins
 * are printed on the console.
 */
@Component
@ConditionalOnProperty(name = "terrain.demo.enabled", havingValue = "true")
@Order(10)
class DemoCompany implements ApplicationRunner {

    static final String ADMIN_PASSWORD = "terrain-demo-admin";
    static final String SUPERVISOR_PASSWORD = "terrain-demo-supervisor";
    static final String REP_PASSWORD = "terrain-demo-rep";
    static final String NORTH = "Lyon Nord";
    static final String SOUTH = "Lyon Sud";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCompany.class);

    /** e-mail, name, role, group, home address, latitude, longitude. */
    record Person(String email, String name, Role role, String group, String address, Double latitude, Double longitude) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("admin@demo.terrain.dev", "Alice Admin", Role.ADMIN, null, null, null, null),
            new Person("claire.martin@demo.terrain.dev", "Claire Martin", Role.SUPERVISOR, NORTH, null, null, null),
            new Person("thomas.bernard@demo.terrain.dev", "Thomas Bernard", Role.SUPERVISOR, SOUTH, null, null, null),
            new Person("julie.petit@demo.terrain.dev", "Julie Petit", Role.REP, NORTH,
                    "Place Jules Ferry, 69300 Caluire-et-Cuire", 45.7953, 4.8466),
            new Person("lucas.moreau@demo.terrain.dev", "Lucas Moreau", Role.REP, NORTH,
                    "Place Lazare Goujon, 69100 Villeurbanne", 45.7665, 4.8795),
            new Person("emma.laurent@demo.terrain.dev", "Emma Laurent", Role.REP, NORTH,
                    "Place de Verdun, 69140 Rillieux-la-Pape", 45.8213, 4.8982),
            new Person("hugo.simon@demo.terrain.dev", "Hugo Simon", Role.REP, NORTH,
                    "Place Charles de Gaulle, 69130 Écully", 45.7746, 4.7779),
            new Person("lea.michel@demo.terrain.dev", "Léa Michel", Role.REP, SOUTH,
                    "Place Roger Salengro, 69600 Oullins", 45.7141, 4.8076),
            new Person("nathan.lefebvre@demo.terrain.dev", "Nathan Lefebvre", Role.REP, SOUTH,
                    "Avenue Marcel Houël, 69200 Vénissieux", 45.6975, 4.8868),
            new Person("chloe.leroy@demo.terrain.dev", "Chloé Leroy", Role.REP, SOUTH,
                    "Rue Carnot, 69190 Saint-Fons", 45.7087, 4.8532),
            new Person("louis.roux@demo.terrain.dev", "Louis Roux", Role.REP, SOUTH,
                    "Place Camille Vallin, 69700 Givors", 45.5905, 4.7690));

    private final Users users;
    private final Groups groups;
    private final Memberships memberships;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoCompany(Users users, Groups groups, Memberships memberships, PasswordEncoder passwords, AuditLog audit,
            TransactionTemplate transaction) {
        this.users = users;
        this.groups = groups;
        this.memberships = memberships;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> createIfEmpty()));
        if (created || users.findByEmail(PEOPLE.get(0).email()).isPresent()) {
            LOG.info(signIns(created));
        }
    }

    /** Creates the demo company in one transaction, unless some user already exists. */
    boolean createIfEmpty() {
        users.lockAdminChanges();
        if (users.count() > 0) {
            return false;
        }
        var groupIds = new LinkedHashMap<String, GroupId>();
        for (var name : List.of(NORTH, SOUTH)) {
            var id = groups.findByName(name).orElseGet(() -> {
                var newId = GroupId.random();
                groups.insert(newId, name, "Demo group");
                audit.record("group", newId, "created", "name: " + name + " (demo company)");
                return newId;
            });
            groupIds.put(name, id);
        }
        var hashes = Map.of(Role.ADMIN, passwords.encode(ADMIN_PASSWORD),
                Role.SUPERVISOR, passwords.encode(SUPERVISOR_PASSWORD), Role.REP, passwords.encode(REP_PASSWORD));
        var created = new ArrayList<User>();
        var memberOf = new LinkedHashMap<UserId, Set<GroupId>>();
        for (var person : PEOPLE) {
            var home = person.address() == null ? null : new HomeAddress(person.address(), person.latitude(), person.longitude());
            var user = User.register(new ValidUser(person.email(), person.name(), person.role(), home, null),
                    hashes.get(person.role()));
            created.add(user);
            if (person.group() != null) {
                memberOf.put(user.id(), Set.of(groupIds.get(person.group())));
            }
        }
        users.insertAll(created);
        memberships.replace(memberOf);
        created.forEach(user -> audit.record("user", user.id(), "created", user.snapshot().describe() + " (demo company)"));
        return true;
    }

    static String signIns(boolean created) {
        var text = new StringBuilder("\n");
        var line = "=".repeat(78);
        text.append(line).append('\n')
                .append(created ? "  Terrain demo company created. Sign in with:\n"
                        : "  Terrain demo company (passwords as first created, unless changed since):\n");
        for (var person : PEOPLE) {
            var password = switch (person.role()) {
                case ADMIN -> ADMIN_PASSWORD;
                case SUPERVISOR -> SUPERVISOR_PASSWORD;
                case REP -> REP_PASSWORD;
            };
            text.append(String.format("  %-11s %-34s %-24s %s%n", person.role(), person.email(), password,
                    person.group() == null ? "" : person.group()));
        }
        text.append("  Turn the demo off with TERRAIN_DEMO=false.\n").append(line);
        return text.toString();
    }
}

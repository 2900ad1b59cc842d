package dev.terrain.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import dev.terrain.organization.Role;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class UsersRulesTest {

    final ArrayList<FieldProblem> problems = new ArrayList<>();
    final UserRules rules = new UserRules("users[2].", problems);

    @Test
    void aValidRepIsTrimmedAndKept() {
        var user = rules.check("  Julie@Example.com ", " Julie ", "rep", "Lyon", 45.76, 4.83, " ");

        assertThat(problems).isEmpty();
        assertThat(user.email()).isEqualTo("Julie@Example.com");
        assertThat(user.role()).isEqualTo(Role.REP);
        assertThat(user.externalId()).isNull();
    }

    @Test
    void coordinatesMustBeOnEarth() {
        rules.check("a@b.co", "A", "SUPERVISOR", "Somewhere", -90.5, 180.01, null);

        assertThat(problems).containsExactly(new FieldProblem("users[2].latitude", "must be between -90 and 90"),
                new FieldProblem("users[2].longitude", "must be between -180 and 180"));
    }

    @Test
    void aSupervisorNeedsNoHomeButCoordinatesNeedAnAddress() {
        assertThat(rules.check("a@b.co", "A", "SUPERVISOR", null, null, null, null)).isNotNull();
        rules.check("a@b.co", "A", "SUPERVISOR", null, 45.0, null, null);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("users[2].homeAddress", "users[2].longitude");
    }

    @Test
    void unknownRolesAndBadEmailsAreNamed() {
        rules.check("no-at-sign", "A", "KING", null, null, null, null);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("users[2].email", "users[2].role");
    }

    @Test
    void passwordsNeedTenCharactersAndFitBcrypt() {
        rules.password("123456789");
        rules.password("é".repeat(40));
        rules.password("0123456789");

        assertThat(problems).extracting(FieldProblem::message)
                .containsExactly("must have at least 10 characters", "must have at most 72 bytes");
    }
}

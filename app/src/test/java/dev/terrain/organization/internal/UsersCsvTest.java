package dev.terrain.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.HomeAddress;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserView;
import org.junit.jupiter.api.Test;

class UsersCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasBecomeText() {
        assertThat(UserCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(UserCsv.cell("+33 4 72")).isEqualTo("'+33 4 72");
        assertThat(UserCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(UserCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(UserCsv.cell("plain")).isEqualTo("plain");
        assertThat(UserCsv.cell("a, b")).isEqualTo("\"a, b\"");
    }

    @Test
    void writesAHeaderAndOneLinePerUserWithCoordinatesAsNumbers() {
        var out = new StringWriter();
        var csv = new UserCsv(out);
        var id = UserId.random();
        csv.header();
        csv.row(new UserView(id, "julie@example.com", "=cmd|' /C calc'!A0", Role.REP, true,
                new HomeAddress("Quai, Bordeaux", 44.84, -0.58), null,
                List.of(new UserView.GroupRef(GroupId.random(), "Lyon Nord")), Instant.now(), Instant.now()));

        assertThat(out.toString()).isEqualTo(String.join(",", UserCsv.HEADER) + "\r\n"
                + id + ",julie@example.com,'=cmd|' /C calc'!A0,REP,true,Lyon Nord,\"Quai, Bordeaux\",44.84,-0.58,\r\n");
    }
}

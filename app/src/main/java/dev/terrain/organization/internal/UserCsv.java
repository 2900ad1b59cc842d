package dev.terrain.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import dev.terrain.organization.UserView;

/**
 * Writes users as CSV (RFC 4180, comma separated). A cell starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 * Coordinates are numbers Terrain wrote itself and stay as they are, so a western longitude stays a number.
 */
final class UserCsv {

    static final List<String> HEADER = List.of("id", "email", "display_name", "role", "active", "groups",
            "home_address", "latitude", "longitude", "external_id");

    private final Writer out;

    UserCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line(HEADER);
    }

    void row(UserView user) {
        var home = user.home();
        line(List.of(user.id().toString(), user.email(), user.displayName(), user.role().name(),
                String.valueOf(user.active()),
                user.groups().stream().map(UserView.GroupRef::name).collect(Collectors.joining("; ")),
                home == null ? "" : home.address(),
                home == null ? "" : String.valueOf(home.latitude()),
                home == null ? "" : String.valueOf(home.longitude()),
                user.externalId() == null ? "" : user.externalId()));
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        var safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private void line(List<String> cells) {
        try {
            var text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                text.append(i == 0 ? "" : ",").append(i == 7 || i == 8 ? cells.get(i) : cell(cells.get(i)));
            }
            out.write(text.toString());
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

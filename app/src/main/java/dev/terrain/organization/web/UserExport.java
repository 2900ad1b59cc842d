package dev.terrain.organization.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserManagement;
import jakarta.servlet.http.HttpServletResponse;

/** Sends the CSV export as a download, for the API and the users page alike. */
final class UserExport {

    private UserExport() {
    }

    static void write(UserManagement users, CurrentUser actor, UserFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"users-" + LocalDate.now() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        users.export(actor, filter, writer);
        writer.flush();
    }
}

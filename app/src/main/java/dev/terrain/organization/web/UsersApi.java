package dev.terrain.organization.web;

import java.io.IOException;
import java.util.List;

import dev.terrain.organization.BulkUserResult;
import dev.terrain.organization.BulkUserRow;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UserSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users over REST. Admins manage everyone; supervisors the members of their groups (anyone else: 404); reps
 * get 403 on every endpoint.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users, roles, activation, passwords and bulk upsert. Admins and supervisors (their groups) only.")
class UsersApi {

    private final UserManagement users;

    UsersApi(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Lists users, paged (page from 0, size up to 100), filtered by role, active, group and text")
    ResultPage<UserJson> list(CurrentUser actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String role, @RequestParam(required = false) String active,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
        return users.list(actor, Ids.filter(q, role, active, group), new Paging(page, size, UserSort.parse(sort)))
                .map(UserJson::of);
    }

    @GetMapping("/{id}")
    UserJson get(CurrentUser actor, @PathVariable String id) {
        return UserJson.of(users.get(actor, Ids.user(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a user; without a password one is generated and returned once")
    CreatedJson create(CurrentUser actor, @RequestBody UserRequest request) {
        var created = users.create(actor, request.draft(), request.password());
        return new CreatedJson(UserJson.of(created.user()), created.generatedPassword());
    }

    @PutMapping("/{id}")
    UserJson edit(CurrentUser actor, @PathVariable String id, @RequestBody UserRequest request) {
        return UserJson.of(users.edit(actor, Ids.user(id), request.draft()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivates a user: they can no longer sign in, nothing is deleted. With `successor`, "
            + "their customers and territory memberships go to that active user in the same step. 409 for the last active admin")
    UserJson deactivate(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String successor) {
        return UserJson.of(users.deactivate(actor, Ids.user(id),
                successor == null || successor.isBlank() ? null : Ids.successor(successor)));
    }

    @PostMapping("/{id}/reactivate")
    UserJson reactivate(CurrentUser actor, @PathVariable String id) {
        return UserJson.of(users.reactivate(actor, Ids.user(id)));
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Sets a new password (at least 10 characters) or, with none sent, generates one returned once")
    PasswordJson password(CurrentUser actor, @PathVariable String id, @RequestBody(required = false) PasswordJson body) {
        return new PasswordJson(users.resetPassword(actor, Ids.user(id), body == null ? null : body.password()));
    }

    @PostMapping("/bulk")
    @Operation(summary = "Creates or updates up to 1,000 users by external id or e-mail, all or nothing (admins only)",
            description = "More than 1,000 rows answer 413 and write nothing. Any bad row rejects the whole call "
                    + "with 400 (or 409) naming it, e.g. users[17].email.")
    BulkUserResult bulk(CurrentUser actor, @RequestBody BulkRequest request) {
        if (request.users() != null && request.users().size() > UserManagement.MAX_BULK_ROWS) {
            throw new TooManyRows(request.users().size());
        }
        return users.upsert(actor, request.users());
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "Exports the users the caller sees as CSV (same filters as the list)")
    void export(CurrentUser actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String role, @RequestParam(required = false) String active,
            @RequestParam(required = false) String group, HttpServletResponse response) throws IOException {
        UserExport.write(users, actor, Ids.filter(q, role, active, group), response);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(TooManyRows e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Too many rows");
        problem.setProperty("errors", List.of(java.util.Map.of("field", "users", "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    record BulkRequest(List<BulkUserRow> users) {
    }

    record CreatedJson(UserJson user, String generatedPassword) {
    }

    record PasswordJson(String password) {
    }

    static final class TooManyRows extends RuntimeException {
        TooManyRows(int rows) {
            super("at most " + UserManagement.MAX_BULK_ROWS + " users per call, got " + rows + "; nothing was written");
        }
    }
}

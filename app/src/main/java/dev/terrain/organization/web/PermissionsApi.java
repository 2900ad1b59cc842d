package dev.terrain.organization.web;

import java.util.Map;

import dev.terrain.organization.Action;
import dev.terrain.organization.Audience;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.PermissionMatrix;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The permission matrix over REST, admins only: a JSON object from action to audience. */
@RestController
@RequestMapping("/api/v1/permissions")
@Tag(name = "Permissions", description = "Who may do each action: EVERYONE, SUPERVISORS_AND_ADMINS, ADMINS_ONLY or NOBODY")
class PermissionsApi {

    private final PermissionMatrix matrix;

    PermissionsApi(PermissionMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping
    Map<Action, Audience> get(CurrentUser actor) {
        requireAdmin(actor);
        return matrix.current();
    }

    @PutMapping
    @Operation(summary = "Changes the audience of the actions sent; the others keep theirs")
    Map<Action, Audience> change(CurrentUser actor, @RequestBody Map<String, String> changes) {
        requireAdmin(actor);
        return matrix.change(actor, PermissionsForm.parse(changes));
    }

    private static void requireAdmin(CurrentUser actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins see the permission matrix");
        }
    }
}

package dev.terrain.organization.web;

import java.util.Map;

import dev.terrain.organization.Audience;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.PermissionMatrix;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The permission matrix screen, admins only: one choice of audience per action. */
@Controller
@RequestMapping("/permissions")
class PermissionsController {

    private final PermissionMatrix matrix;

    PermissionsController(PermissionMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping
    String show(CurrentUser actor, Model model) {
        requireAdmin(actor);
        model.addAttribute("matrix", matrix.current());
        model.addAttribute("audiences", Audience.values());
        return "organization/permissions";
    }

    /** Form fields are named after the actions, e.g. {@code EXPORT=ADMINS_ONLY}; others are ignored. */
    @PostMapping
    String change(CurrentUser actor, @RequestParam Map<String, String> values) {
        requireAdmin(actor);
        var changes = new java.util.HashMap<>(values);
        changes.keySet().removeIf(key -> key.startsWith("_") || !key.equals(key.toUpperCase(java.util.Locale.ROOT)));
        matrix.change(actor, PermissionsForm.parse(changes));
        return "redirect:/permissions?saved";
    }

    private static void requireAdmin(CurrentUser actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins see the permission matrix");
        }
    }
}

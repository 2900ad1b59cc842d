package dev.terrain.organization.web;

import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Company settings and users' own settings over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Settings", description = "Company settings and targets, and each user's own deviations")
class SettingsApiController {

    private final SettingsManagement settings;
    private final LocalizedProblems problems;

    SettingsApiController(SettingsManagement settings, LocalizedProblems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping("/settings")
    @Operation(summary = "The company's settings", description = "Everyone signed in may read them.")
    Map<String, Object> company() {
        return SettingsJson.company(settings.companyTexts());
    }

    @PutMapping("/settings")
    @Operation(summary = "Change company settings (admins)", description = """
            Fields left out keep their value. visitFrequencyDays is an object of category -> days; a category \
            set to null is removed (with users' own values for it). Nothing is saved when any field is invalid; \
            the problem document names every failing field.""")
    Map<String, Object> updateCompany(CurrentUser user, @RequestBody Map<String, Object> body) {
        settings.updateCompany(user, texts(body));
        return company();
    }

    @GetMapping("/users/{id}/settings")
    @Operation(summary = "A user's settings in force, each with its source (company or user)")
    Map<String, Object> user(CurrentUser viewer, @PathVariable String id) {
        return SettingsJson.user(settings.forUser(viewer, SettingsController.userId(id)));
    }

    @PutMapping("/users/{id}/settings")
    @Operation(summary = "Give a user their own values (admins, the user's supervisors)", description = """
            The given fields become the user's own values; others are left as they are. Categories as \
            visitFrequencyDays.A or as an object under visitFrequencyDays. To return to the company value, \
            DELETE the setting.""")
    Map<String, Object> overrideUser(CurrentUser viewer, @PathVariable String id, @RequestBody Map<String, Object> body) {
        return SettingsJson.user(settings.overrideForUser(viewer, SettingsController.userId(id), texts(body), false));
    }

    @DeleteMapping("/users/{id}/settings/{key}")
    @Operation(summary = "Return a user's setting to the company value")
    Map<String, Object> resetUser(CurrentUser viewer, @PathVariable String id, @PathVariable String key) {
        return SettingsJson.user(settings.resetForUser(viewer, SettingsController.userId(id), key));
    }

    private Map<String, String> texts(Map<String, Object> body) {
        var found = SettingsJson.newProblems();
        var texts = SettingsJson.texts(body, found);
        if (!found.isEmpty()) {
            throw problems.invalid(found);
        }
        return texts;
    }
}

package dev.terrain.organization.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.EffectiveSetting;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserSettings;
import dev.terrain.organization.internal.SettingKey;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The settings screens. {@code /settings}: the company's settings, which admins edit and everyone else reads.
 * {@code /settings/users/{id}}: one user's settings, each marked as the company's value or the user's own;
 * admins and the user's supervisors override and reset them, the user reads them.
 */
@Controller
class SettingsController {

    private final SettingsManagement settings;
    private final LocalizedProblems problems;

    SettingsController(SettingsManagement settings, LocalizedProblems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping("/settings")
    String company(CurrentUser user, Model model) {
        return companyPage(user, settings.companyTexts(), Map.of(), model);
    }

    @PostMapping("/settings")
    String saveCompany(CurrentUser user, HttpServletRequest request, @RequestParam(defaultValue = "") String newCategory,
            @RequestParam(defaultValue = "") String newCategoryDays, Model model, HttpServletResponse response) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins change company settings");
        }
        var texts = SettingFields.posted(request, settings.companyTexts().keySet());
        if (!newCategory.isBlank()) {
            if (newCategoryDays.isBlank()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("newCategory", newCategory);
                return companyPage(user, texts, Map.of("newCategoryDays", problems.message("settings.error.required")),
                        model);
            }
            texts.put(SettingKey.categoryKey(newCategory.strip()), newCategoryDays);
        }
        try {
            settings.updateCompany(user, texts);
            return "redirect:/settings?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return companyPage(user, texts, LocalizedProblems.byField(e), model);
        }
    }

    @GetMapping("/settings/users/{id}")
    String user(CurrentUser viewer, @PathVariable String id, Model model) {
        var subject = settings.forUser(viewer, userId(id));
        return userPage(subject, values(subject), Map.of(), model);
    }

    @PostMapping("/settings/users/{id}")
    String saveUser(CurrentUser viewer, @PathVariable String id, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        var subject = settings.forUser(viewer, userId(id));
        var texts = SettingFields.posted(request, values(subject).keySet());
        try {
            settings.overrideForUser(viewer, subject.userId(), texts, true);
            return "redirect:/settings/users/" + subject.userId() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return userPage(subject, texts, LocalizedProblems.byField(e), model);
        }
    }

    @PostMapping("/settings/users/{id}/reset")
    String resetUser(CurrentUser viewer, @PathVariable String id, @RequestParam String key, Model model,
            HttpServletResponse response) {
        var userId = userId(id);
        try {
            settings.resetForUser(viewer, userId, key);
            return "redirect:/settings/users/" + userId + "?reset";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var subject = settings.forUser(viewer, userId);
            return userPage(subject, values(subject), LocalizedProblems.byField(e), model);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String companyPage(CurrentUser user, Map<String, String> texts, Map<String, String> errors, Model model) {
        model.addAttribute("values", texts);
        model.addAttribute("sections", SettingFields.sections(texts.keySet()));
        model.addAttribute("editable", user.isAdmin());
        model.addAttribute("errors", errors);
        model.addAttribute("me", user.id());
        addChoices(model);
        return "organization/settings";
    }

    private String userPage(UserSettings subject, Map<String, String> texts, Map<String, String> errors, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("values", texts);
        model.addAttribute("entries", subject.entries().stream()
                .collect(Collectors.toMap(EffectiveSetting::key, Function.identity())));
        model.addAttribute("sections", SettingFields.sections(texts.keySet()));
        model.addAttribute("editable", subject.changeable());
        model.addAttribute("errors", errors);
        addChoices(model);
        return "organization/settings-user";
    }

    private static void addChoices(Model model) {
        model.addAttribute("days", SettingFields.DAYS);
        model.addAttribute("timeZones", SettingFields.TIME_ZONES);
    }

    private static Map<String, String> values(UserSettings subject) {
        var texts = new LinkedHashMap<String, String>();
        subject.entries().forEach(entry -> texts.put(entry.key(), entry.value()));
        return texts;
    }

    static UserId userId(String id) {
        try {
            return UserId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("User", id.length() > 40 ? id.substring(0, 40) : id);
        }
    }
}

package dev.terrain.organization.web;

import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.internal.AuditEntries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log screen (admins only): a filter form and a table of entries, newest first. htmx requests get
 * only the table, so filtering and paging do not reload the page.
 */
@Controller
class AuditController {

    private final AuditEntries entries;
    private final SettingsManagement settings;
    private final LocalizedProblems problems;

    AuditController(AuditEntries entries, SettingsManagement settings, LocalizedProblems problems) {
        this.entries = entries;
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping("/audit")
    String audit(CurrentUser user, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        AuditRequest.requireAdmin(user);
        var zone = settings.effectiveFor(user.id()).timeZone();
        var request = AuditRequest.of(params, zone);
        model.addAttribute("params", params);
        model.addAttribute("zone", zone);
        model.addAttribute("known", entries.knownValues());
        if (request.problems().isEmpty()) {
            var result = entries.find(request.filter(), request.page(), request.size());
            model.addAttribute("result", result);
            model.addAttribute("previousUrl", pageUrl(params, result.page() - 1));
            model.addAttribute("nextUrl", pageUrl(params, result.page() + 1));
        } else {
            model.addAttribute("errors", request.problems().stream()
                    .map(p -> problems.message("audit.filter." + p.field()) + ": "
                            + problems.message(p.code(), p.args().toArray()))
                    .toList());
            // htmx only swaps successful answers in; a full page says 400.
            if (htmx == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return htmx != null ? "organization/audit :: results" : "organization/audit";
    }

    /** The address of another page of the same filter. */
    static String pageUrl(Map<String, String> params, int page) {
        var url = UriComponentsBuilder.fromPath("/audit");
        params.forEach((name, value) -> {
            if (AuditRequest.PARAMETERS.contains(name) && !name.equals("page") && value != null && !value.isBlank()) {
                url.queryParam(name, value);
            }
        });
        return url.queryParam("page", page).encode().build().toUriString();
    }
}

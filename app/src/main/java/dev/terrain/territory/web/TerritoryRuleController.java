package dev.terrain.territory.web;

import java.util.List;
import java.util.Locale;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.territory.TerritoryManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rule editor of a territory's page: the simple form's buttons, the preview (an htmx request gets only the
 * preview fragment), and applying the rule. The rule comes from the form, or from the JSON text when
 * {@code source=json}.
 */
@Controller
@RequestMapping("/territories/{id}/rule")
class TerritoryRuleController {

    private final TerritoryManagement territories;
    private final TerritoryPage page;
    private final Permissions permissions;

    TerritoryRuleController(TerritoryManagement territories, TerritoryPage page, Permissions permissions) {
        this.territories = territories;
        this.page = page;
        this.permissions = permissions;
    }

    @PostMapping("/edit")
    String edit(CurrentUser actor, @PathVariable String id, @RequestParam String edit, Posted posted, Model model) {
        var territory = Ids.territory(id);
        permissions.check(actor, Action.MANAGE_TERRITORIES);
        territories.get(actor, territory);
        var form = posted.form().edit(edit);
        return page.render(actor, territory, TerritoryPage.Query.none(), form, form.json(page.kinds()), model);
    }

    @PostMapping("/preview")
    String preview(CurrentUser actor, @PathVariable String id, Posted posted, Model model, Locale locale,
            HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        var territory = Ids.territory(id);
        var json = posted.json(page);
        try {
            model.addAttribute("preview", territories.previewRule(actor, territory, json));
        } catch (InvalidInputException | ConflictException e) {
            page.problems(e, model, locale, response);
        }
        if (htmx != null) {
            model.addAttribute("territory", territories.get(actor, territory));
            model.addAttribute("json", json);
            if (!model.containsAttribute("problems")) {
                model.addAttribute("problems", java.util.Map.of());
            }
            return "territory/detail :: preview";
        }
        return page.render(actor, territory, TerritoryPage.Query.none(), posted.formOrNull(), json, model);
    }

    @PostMapping
    String apply(CurrentUser actor, @PathVariable String id, Posted posted, @RequestParam(required = false) Integer version,
            Model model, Locale locale, HttpServletResponse response) {
        var territory = Ids.territory(id);
        var json = posted.json(page);
        try {
            var change = territories.changeRule(actor, territory, json, version);
            return "redirect:/territories/" + territory + "?applied&entering=" + change.entering() + "&leaving=" + change.leaving();
        } catch (InvalidInputException | ConflictException e) {
            page.problems(e, model, locale, response);
            return page.render(actor, territory, TerritoryPage.Query.none(), posted.formOrNull(), json, model);
        }
    }

    /** The editor's posted fields. */
    record Posted(String source, String json, String combine, List<String> groupCombine, List<Integer> rowGroup,
            List<String> rowField, List<String> rowOp, List<String> rowValue) {

        RuleForm form() {
            return RuleForm.of(combine, groupCombine, rowGroup, rowField, rowOp, rowValue);
        }

        RuleForm formOrNull() {
            return "json".equals(source) ? null : form();
        }

        String json(TerritoryPage page) {
            return "json".equals(source) ? TerritoryPage.blank(json) : form().json(page.kinds());
        }
    }

}

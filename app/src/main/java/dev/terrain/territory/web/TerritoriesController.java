package dev.terrain.territory.web;

import java.util.Locale;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.territory.TerritoryDraft;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The territory tree page, and each territory's page with its details. */
@Controller
@RequestMapping("/territories")
class TerritoriesController {

    private final TerritoryManagement territories;
    private final TerritoryPage page;
    private final Permissions permissions;

    TerritoriesController(TerritoryManagement territories, TerritoryPage page, Permissions permissions) {
        this.territories = territories;
        this.page = page;
        this.permissions = permissions;
    }

    @GetMapping
    String tree(CurrentUser actor, Model model) {
        var all = territories.tree(actor);
        model.addAttribute("roots", TerritoryPage.forest(all));
        model.addAttribute("all", all);
        model.addAttribute("manages", permissions.allows(actor, Action.MANAGE_TERRITORIES));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", java.util.Map.of());
        }
        return "territory/tree";
    }

    @PostMapping
    String create(CurrentUser actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String parentId, Model model, Locale locale, HttpServletResponse response) {
        try {
            var parent = Ids.field(parentId, "parentId");
            var created = territories.create(actor, new TerritoryDraft(parent == null ? null : new TerritoryId(parent),
                    name, null, null));
            return "redirect:/territories/" + created.id() + "?created";
        } catch (InvalidInputException | ConflictException e) {
            page.problems(e, model, locale, response);
            model.addAttribute("name", name);
            return tree(actor, model);
        }
    }

    @GetMapping("/{id}")
    String show(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String cq,
            @RequestParam(required = false) String mq, @RequestParam(required = false) Integer year, Model model) {
        return this.page.render(actor, Ids.territory(id), new TerritoryPage.Query(q, page, cq, mq, year), null, null, model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, @RequestParam(required = false) String externalId,
            @RequestParam(required = false) String parentId, @RequestParam(required = false) Integer version,
            Model model, Locale locale, HttpServletResponse response) {
        var territory = Ids.territory(id);
        try {
            var parent = Ids.field(parentId, "parentId");
            territories.update(actor, territory, new TerritoryDraft(parent == null ? null : new TerritoryId(parent),
                    name, description, externalId), version);
            return "redirect:/territories/" + territory + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            page.problems(e, model, locale, response);
            return page.render(actor, territory, TerritoryPage.Query.none(), null, null, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser actor, @PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        var territory = Ids.territory(id);
        try {
            territories.delete(actor, territory);
            return "redirect:/territories?deleted";
        } catch (ConflictException e) {
            page.problems(e, model, locale, response);
            return page.render(actor, territory, TerritoryPage.Query.none(), null, null, model);
        }
    }
}

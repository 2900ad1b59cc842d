package dev.terrain.territory.web;

import java.math.BigDecimal;
import java.util.Locale;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserId;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.territory.Target;
import dev.terrain.territory.TargetManagement;
import dev.terrain.territory.TerritoryManagement;
import dev.terrain.territory.TerritoryMembers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forms of a territory's page for manual overrides, members and targets. */
@Controller
@RequestMapping("/territories/{id}")
class TerritoryContentsController {

    private final TerritoryManagement territories;
    private final TerritoryMembers members;
    private final TargetManagement targets;
    private final TerritoryPage page;

    TerritoryContentsController(TerritoryManagement territories, TerritoryMembers members, TargetManagement targets,
            TerritoryPage page) {
        this.territories = territories;
        this.members = members;
        this.targets = targets;
        this.page = page;
    }

    @PostMapping("/customers")
    String override(CurrentUser actor, @PathVariable String id, @RequestParam String customerId,
            @RequestParam String mode) {
        var territory = Ids.territory(id);
        var customer = Ids.customer(customerId);
        switch (mode) {
            case "INCLUDE" -> territories.include(actor, territory, customer);
            case "EXCLUDE" -> territories.exclude(actor, territory, customer);
            default -> territories.followRule(actor, territory, customer);
        }
        return "redirect:/territories/" + territory + "?overridden#customers";
    }

    @PostMapping("/members")
    String putMember(CurrentUser actor, @PathVariable String id, @RequestParam String userId,
            @RequestParam(defaultValue = "MEMBER") String role, Model model, Locale locale, HttpServletResponse response) {
        var territory = Ids.territory(id);
        try {
            members.put(actor, territory, Ids.user(userId), TerritoryContentsApi.role(role));
            return "redirect:/territories/" + territory + "?memberSaved#members";
        } catch (InvalidInputException e) {
            page.problems(e, model, locale, response);
            return page.render(actor, territory, TerritoryPage.Query.none(), null, null, model);
        }
    }

    @PostMapping("/members/{userId}/remove")
    String removeMember(CurrentUser actor, @PathVariable String id, @PathVariable String userId) {
        var territory = Ids.territory(id);
        members.remove(actor, territory, Ids.user(userId));
        return "redirect:/territories/" + territory + "?memberRemoved#members";
    }

    @PostMapping("/targets")
    String putTarget(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String userId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String revenue,
            @RequestParam(required = false) String visits, @RequestParam(required = false) String newCustomers,
            Model model, Locale locale, HttpServletResponse response) {
        var territory = Ids.territory(id);
        try {
            var user = Ids.field(userId, "userId");
            targets.put(actor, new Target.Draft(territory, user == null ? null : new UserId(user),
                    period == null ? null : period.strip(), decimal(revenue, "revenue"), integer(visits, "visits"),
                    integer(newCustomers, "newCustomers")));
            return "redirect:/territories/" + territory + "?targetSaved#targets";
        } catch (InvalidInputException | ConflictException e) {
            page.problems(e, model, locale, response);
            return page.render(actor, territory, TerritoryPage.Query.none(), null, null, model);
        }
    }

    @PostMapping("/targets/{targetId}/delete")
    String deleteTarget(CurrentUser actor, @PathVariable String id, @PathVariable String targetId) {
        var territory = Ids.territory(id);
        territories.get(actor, territory);
        targets.delete(actor, Ids.target(targetId));
        return "redirect:/territories/" + territory + "?targetDeleted#targets";
    }

    private static BigDecimal decimal(String text, String field) {
        if (TerritoryPage.blank(text) == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }

    private static Integer integer(String text, String field) {
        if (TerritoryPage.blank(text) == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }
}

package dev.terrain.territory.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UserSort;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.territory.RuleFieldInfo;
import dev.terrain.territory.StaleVersionException;
import dev.terrain.territory.Target;
import dev.terrain.territory.TargetManagement;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryManagement;
import dev.terrain.territory.TerritoryMembers;
import dev.terrain.territory.TerritoryView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a territory's page: details, rule editor, customers, members and targets. */
@Component
class TerritoryPage {

    private final TerritoryManagement territories;
    private final TerritoryMembers members;
    private final TargetManagement targets;
    private final UserManagement users;
    private final Permissions permissions;
    private final MessageSource messages;

    TerritoryPage(TerritoryManagement territories, TerritoryMembers members, TargetManagement targets,
            UserManagement users, Permissions permissions, MessageSource messages) {
        this.territories = territories;
        this.members = members;
        this.targets = targets;
        this.users = users;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** What the page's query string may ask: customer search and page, candidate searches, target year. */
    record Query(String q, int page, String cq, String mq, Integer year) {

        static Query none() {
            return new Query(null, 0, null, null, null);
        }
    }

    String render(CurrentUser actor, TerritoryId id, Query query, RuleForm form, String json, Model model) {
        var territory = territories.get(actor, id);
        var manages = permissions.allows(actor, Action.MANAGE_TERRITORIES);
        model.addAttribute("territory", territory);
        model.addAttribute("manages", manages);
        model.addAttribute("query", query);
        model.addAttribute("customers", territories.customers(actor, id, false, query.q(), query.page(), Paging.DEFAULT_SIZE));
        model.addAttribute("excluded", territories.customers(actor, id, true, null, 0, Paging.MAX_SIZE).items());
        model.addAttribute("members", members.members(actor, id));
        int year = query.year() == null ? Year.now().getValue() : query.year();
        model.addAttribute("year", year);
        model.addAttribute("targets", targets.list(actor, new Target.Filter(id, null, year, null), 0, Paging.MAX_SIZE).items());
        if (manages) {
            var fields = territories.ruleFields();
            var editor = form != null ? form : RuleForm.of(territory.rule()).orElse(null);
            model.addAttribute("form", editor);
            model.addAttribute("json", json != null ? json : territory.rule() == null ? "" : territory.rule());
            model.addAttribute("fields", fields);
            model.addAttribute("operators", List.of("equals", "in", "notIn", "startsWith", "between", "gte", "lte", "isEmpty"));
            model.addAttribute("parents", territories.tree(actor).stream().filter(t -> !t.id().equals(id)).toList());
            if (blank(query.cq()) == null) {
                model.addAttribute("candidates", List.of());
            } else {
                model.addAttribute("candidates", territories.candidates(actor, id, query.cq()));
            }
            model.addAttribute("userCandidates", blank(query.mq()) == null ? List.of()
                    : users.list(actor, new UserFilter(query.mq(), null, true, null), new Paging(0, 10, UserSort.NAME)).items());
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "territory/detail";
    }

    /** Field name to value kind, for turning the editor's texts into typed JSON values. */
    Map<String, String> kinds() {
        return territories.ruleFields().stream().collect(Collectors.toMap(RuleFieldInfo::name, RuleFieldInfo::kind));
    }

    /** Puts a service's refusal on the page, in the reader's language, with the matching status. */
    void problems(RuntimeException e, Model model, Locale locale, HttpServletResponse response) {
        var list = new ArrayList<FieldProblem>();
        if (e instanceof InvalidInputException invalid) {
            list.addAll(invalid.problems());
            response.setStatus(400);
        } else if (e instanceof ConflictException conflict) {
            list.add(new FieldProblem(conflict.field(), conflict.getMessage()));
            response.setStatus(e instanceof StaleVersionException ? 412 : 409);
        }
        var byField = new LinkedHashMap<String, String>();
        for (var problem : list) {
            byField.putIfAbsent(problem.field(), translate(problem.message(), locale));
        }
        model.addAttribute("problems", byField);
    }

    private String translate(String message, Locale locale) {
        var slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return messages.getMessage("territories.problem." + slug, null, message, locale);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The territories as a forest: each root with its children, in tree order. */
    static List<Node> forest(List<TerritoryView> list) {
        var nodes = new LinkedHashMap<TerritoryId, Node>();
        list.forEach(view -> nodes.put(view.id(), new Node(view, new ArrayList<>())));
        var roots = new ArrayList<Node>();
        for (var node : nodes.values()) {
            var parent = node.view().parentId() == null ? null : nodes.get(node.view().parentId());
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }

    record Node(TerritoryView view, List<Node> children) {
    }
}

package dev.terrain.organization.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupId;
import dev.terrain.organization.GroupManagement;
import dev.terrain.organization.Paging;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UserSort;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The groups pages: a list, and one page per group to rename it, delete it and change its members. */
@Controller
@RequestMapping("/groups")
class GroupsController {

    private final GroupManagement groups;
    private final UserManagement users;
    private final MessageSource messages;

    GroupsController(GroupManagement groups, UserManagement users, MessageSource messages) {
        this.groups = groups;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(CurrentUser actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", groups.list(actor, q, page, Paging.DEFAULT_SIZE));
        model.addAttribute("q", q);
        return "organization/groups";
    }

    @GetMapping("/new")
    String createForm(CurrentUser actor, Model model) {
        if (!actor.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("Only admins create groups");
        }
        return form(null, "", "", Map.of(), model);
    }

    @PostMapping
    String create(CurrentUser actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, Model model, Locale locale, HttpServletResponse response) {
        try {
            var group = groups.create(actor, name, description);
            return "redirect:/groups/" + group.id() + "?created";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(null, name, description, problems(e, locale), model);
        }
    }

    @GetMapping("/{id}")
    String show(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String q, Model model) {
        var group = groups.get(actor, Ids.group(id));
        if (actor.isAdmin() && q != null && !q.isBlank()) {
            model.addAttribute("candidates", users.list(actor, new UserFilter(q, null, null, null),
                    new Paging(0, 10, UserSort.NAME)).items());
        }
        model.addAttribute("q", q);
        return form(group, group.name(), group.description(), Map.of(), model);
    }

    @PostMapping("/{id}")
    String rename(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, Model model, Locale locale, HttpServletResponse response) {
        var groupId = Ids.group(id);
        try {
            groups.rename(actor, groupId, name, description);
            return "redirect:/groups/" + groupId + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(groups.get(actor, groupId), name, description, problems(e, locale), model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser actor, @PathVariable String id) {
        groups.delete(actor, Ids.group(id));
        return "redirect:/groups?deleted";
    }

    @PostMapping("/{id}/members")
    String addMember(CurrentUser actor, @PathVariable String id, @RequestParam String userId) {
        GroupId groupId = Ids.group(id);
        groups.addMember(actor, groupId, Ids.user(userId));
        return "redirect:/groups/" + groupId + "?memberAdded";
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(CurrentUser actor, @PathVariable String id, @PathVariable String userId) {
        GroupId groupId = Ids.group(id);
        groups.removeMember(actor, groupId, Ids.user(userId));
        return "redirect:/groups/" + groupId + "?memberRemoved";
    }

    private String form(Object group, String name, String description, Map<String, String> problems, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("problems", problems);
        return "organization/groups-form";
    }

    private Map<String, String> problems(RuntimeException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return Problems.translate(invalid.problems(), messages, locale);
        }
        var conflict = (ConflictException) e;
        return Problems.translate(List.of(new FieldProblem(conflict.field(), conflict.getMessage())), messages, locale);
    }
}

package dev.terrain.organization.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupManagement;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserFilter;
import dev.terrain.organization.UserId;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UserSort;
import dev.terrain.organization.UserView;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The users pages: a searchable list (an htmx request gets only the results), the create/edit form with
 * deactivate and reactivate buttons, and the password reset.
 */
@Controller
@RequestMapping("/users")
class UsersController {

    private final UserManagement users;
    private final GroupManagement groups;
    private final MessageSource messages;

    UsersController(UserManagement users, GroupManagement groups, MessageSource messages) {
        this.users = users;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping
    String list(CurrentUser actor, @RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String active, @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        UserFilter filter;
        try {
            filter = Ids.filter(q, role, active, group);
        } catch (InvalidInputException e) {
            filter = new UserFilter(q, null, null, null);
        }
        model.addAttribute("page", users.list(actor, filter, new Paging(page, Paging.DEFAULT_SIZE, UserSort.parse(sort))));
        model.addAttribute("filter", filter);
        model.addAttribute("groups", groups.assignable(actor));
        model.addAttribute("roles", Role.values());
        return htmx != null ? "organization/users :: results" : "organization/users";
    }

    @GetMapping("/export")
    void export(CurrentUser actor, @RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String active, @RequestParam(required = false) String group,
            HttpServletResponse response) throws IOException {
        UserExport.write(users, actor, Ids.filter(q, role, active, group), response);
    }

    @GetMapping("/new")
    String createForm(CurrentUser actor, Model model) {
        return form(actor, null, UserForm.empty(), Map.of(), model);
    }

    @PostMapping
    String create(CurrentUser actor, @ModelAttribute UserForm form, Model model, Locale locale,
            HttpServletResponse response) {
        var problems = new ArrayList<FieldProblem>();
        var draft = form.draft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var created = users.create(actor, draft, form.password());
            if (created.generatedPassword() == null) {
                return "redirect:/users/" + created.user().id() + "?created";
            }
            model.addAttribute("user", created.user());
            model.addAttribute("generatedPassword", created.generatedPassword());
            return "organization/users-password";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(actor, null, form, problems(e, locale), model);
        }
    }

    @GetMapping("/{id}")
    String editForm(CurrentUser actor, @PathVariable String id, Model model) {
        var user = users.get(actor, Ids.user(id));
        return form(actor, user.id(), UserForm.of(user), Map.of(), model);
    }

    @PostMapping("/{id}")
    String edit(CurrentUser actor, @PathVariable String id, @ModelAttribute UserForm form, Model model, Locale locale,
            HttpServletResponse response) {
        var userId = Ids.user(id);
        var problems = new ArrayList<FieldProblem>();
        var draft = form.draft(problems);
        try {
            if (!problems.isEmpty()) {
                users.get(actor, userId);
                throw new InvalidInputException(problems);
            }
            users.edit(actor, userId, draft);
            return "redirect:/users/" + userId + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(actor, userId, form, problems(e, locale), model);
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String successor,
            Model model, Locale locale, HttpServletResponse response) {
        var userId = Ids.user(id);
        try {
            users.deactivate(actor, userId, successor == null || successor.isBlank() ? null : Ids.successor(successor));
            return "redirect:/users/" + userId + "?deactivated";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(actor, userId, UserForm.of(users.get(actor, userId)), problems(e, locale), model);
        }
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CurrentUser actor, @PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        var userId = Ids.user(id);
        try {
            users.reactivate(actor, userId);
            return "redirect:/users/" + userId + "?reactivated";
        } catch (ConflictException e) {
            response.setStatus(409);
            return form(actor, userId, UserForm.of(users.get(actor, userId)), problems(e, locale), model);
        }
    }

    @GetMapping("/{id}/password")
    String passwordForm(CurrentUser actor, @PathVariable String id, Model model) {
        model.addAttribute("user", users.get(actor, Ids.user(id)));
        model.addAttribute("problems", Map.of());
        return "organization/users-password";
    }

    @PostMapping("/{id}/password")
    String resetPassword(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) String password,
            @RequestParam(required = false) String generate, Model model, Locale locale, HttpServletResponse response) {
        var userId = Ids.user(id);
        model.addAttribute("user", users.get(actor, userId));
        try {
            if (generate == null && (password == null || password.isEmpty())) {
                throw new InvalidInputException("password", "must have at least " + UserManagement.MIN_PASSWORD_LENGTH + " characters");
            }
            var generated = users.resetPassword(actor, userId, generate != null ? null : password);
            if (generated == null) {
                return "redirect:/users/" + userId + "?passwordSet";
            }
            model.addAttribute("generatedPassword", generated);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problems", problems(e, locale));
        }
        return "organization/users-password";
    }

    private String form(CurrentUser actor, UserId id, UserForm form, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("user", id == null ? null : users.get(actor, id));
        model.addAttribute("successors", id == null ? List.of() : successors(actor, id));
        model.addAttribute("groups", groups.assignable(actor));
        model.addAttribute("roles", actor.isAdmin() ? List.of(Role.values()) : List.of(Role.SUPERVISOR, Role.REP));
        return "organization/users-form";
    }

    /** Who may take over a leaving user's customers and territories: the other active non-admins in sight. */
    private List<UserView> successors(CurrentUser actor, UserId leaving) {
        var active = new UserFilter(null, null, true, null);
        var candidates = new ArrayList<UserView>();
        ResultPage<UserView> page;
        int number = 0;
        do {
            page = users.list(actor, active, new Paging(number++, Paging.MAX_SIZE, null));
            page.items().stream().filter(u -> u.role() != Role.ADMIN && !u.id().equals(leaving)).forEach(candidates::add);
        } while (number < page.totalPages());
        return candidates;
    }

    private Map<String, String> problems(RuntimeException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return Problems.translate(invalid.problems(), messages, locale);
        }
        var conflict = (ConflictException) e;
        return Problems.translate(List.of(new FieldProblem(conflict.field() == null ? "form" : conflict.field(),
                conflict.getMessage())), messages, locale);
    }
}

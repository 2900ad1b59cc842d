package dev.terrain.customer.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.StaleCustomerException;
import dev.terrain.customer.internal.CustomerChoices;
import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating, editing and deleting a customer on a page. Problems come back next to their fields in the reader's
 * language; an edit carries the version it started from, so a concurrent change is shown, never overwritten.
 */
@Controller
@RequestMapping("/customers")
class CustomerFormController {

    private final CustomerManagement customers;
    private final CustomerChoices choices;
    private final Permissions permissions;
    private final PageProblems problems;

    CustomerFormController(CustomerManagement customers, CustomerChoices choices, Permissions permissions,
            PageProblems problems) {
        this.customers = customers;
        this.choices = choices;
        this.permissions = permissions;
        this.problems = problems;
    }

    @GetMapping("/new")
    String createForm(CurrentUser actor, Model model) {
        permissions.check(actor, Action.CREATE_CUSTOMERS);
        var categories = customers.categories();
        return form(actor, null, CustomerForm.empty(categories.isEmpty() ? "" : categories.get(0)), Map.of(), model);
    }

    @PostMapping
    String create(CurrentUser actor, HttpServletRequest request, Model model, Locale locale,
            HttpServletResponse response) {
        var form = CustomerForm.posted(request.getParameterMap());
        var found = new ArrayList<FieldProblem>();
        var draft = form.draft(found);
        try {
            permissions.check(actor, Action.CREATE_CUSTOMERS);
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
            var created = customers.create(actor, draft);
            return "redirect:/customers/" + created.id() + "?created";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(actor, null, form, problems(e, form, locale), model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser actor, @PathVariable String id, Model model) {
        var customer = customers.get(actor, CustomerParams.customer(id));
        return form(actor, customer.id(), CustomerForm.of(customer), Map.of(), model);
    }

    @PostMapping("/{id}")
    String edit(CurrentUser actor, @PathVariable String id, HttpServletRequest request, Model model, Locale locale,
            HttpServletResponse response) {
        var customerId = CustomerParams.customer(id);
        var form = CustomerForm.posted(request.getParameterMap());
        var found = new ArrayList<FieldProblem>();
        var draft = form.draft(found);
        try {
            var current = customers.get(actor, customerId);
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
            var version = form.version() == null ? current.version() : form.version();
            customers.edit(actor, customerId, draft, version);
            return "redirect:/customers/" + customerId + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(actor, customerId, form, problems(e, form, locale), model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser actor, @PathVariable String id, @RequestParam(required = false) Integer version,
            Model model) {
        var customerId = CustomerParams.customer(id);
        var current = customers.get(actor, customerId);
        try {
            customers.delete(actor, customerId, version == null ? current.version() : version);
            return "redirect:/customers?deleted";
        } catch (StaleCustomerException e) {
            return "redirect:/customers/" + customerId + "?stale";
        }
    }

    private String form(CurrentUser actor, CustomerId id, CustomerForm form, Map<String, String> problemsByField,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problemsByField);
        model.addAttribute("customer", id == null ? null : customers.get(actor, id));
        model.addAttribute("categories", customers.categories());
        model.addAttribute("statuses", CustomerStatus.values());
        model.addAttribute("owners", choices.owners(actor));
        model.addAttribute("fields", customers.customFields());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "customer/form";
    }

    private Map<String, String> problems(RuntimeException e, CustomerForm form, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return problems.byField(invalid.problems(), form::fieldOf, locale);
        }
        var conflict = (ConflictException) e;
        var field = e instanceof StaleCustomerException ? "form" : conflict.field() == null ? "form" : conflict.field();
        var message = e instanceof StaleCustomerException ? "was changed by someone else; reload and try again"
                : conflict.getMessage();
        return problems.byField(List.of(new FieldProblem(field, message)), f -> f, locale);
    }
}

package dev.terrain.customer.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomFieldType;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The admins' screen for the company's custom customer fields: list, define or change, remove. */
@Controller
@RequestMapping("/custom-fields")
class CustomFieldsController {

    private final CustomerManagement customers;
    private final PageProblems problems;

    CustomFieldsController(CustomerManagement customers, PageProblems problems) {
        this.customers = customers;
        this.problems = problems;
    }

    @GetMapping
    String list(CurrentUser actor, Model model) {
        requireAdmin(actor);
        return page(new FieldForm("", "", "", "TEXT", "", "0"), Map.of(), model);
    }

    @PostMapping
    String define(CurrentUser actor, FieldForm form, Model model, Locale locale, HttpServletResponse response) {
        requireAdmin(actor);
        try {
            customers.defineCustomField(actor, form.definition());
            return "redirect:/custom-fields?saved";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(form, problems.byField(e.problems(), f -> f.replaceAll("\\[\\d+]$", ""), locale), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(form, problems.byField(java.util.List.of(new FieldProblem(e.field(), e.getMessage())), f -> f, locale), model);
        }
    }

    @PostMapping("/{key}/delete")
    String remove(CurrentUser actor, @PathVariable String key) {
        requireAdmin(actor);
        customers.removeCustomField(actor, key);
        return "redirect:/custom-fields?removed";
    }

    private String page(FieldForm form, Map<String, String> problemsByField, Model model) {
        model.addAttribute("definitions", customers.customFields());
        model.addAttribute("types", CustomFieldType.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problemsByField);
        return "customer/custom-fields";
    }

    private static void requireAdmin(CurrentUser actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Only admins manage custom fields");
        }
    }

    /** The definition form as typed; options one per line. */
    record FieldForm(String key, String label, String labelFr, String type, String options, String position) {

        CustomFieldDefinition definition() {
            int at;
            try {
                at = position == null || position.isBlank() ? 0 : Integer.parseInt(position.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("position", "must be a whole number");
            }
            var list = options == null ? java.util.List.<String>of()
                    : Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new CustomFieldDefinition(key == null ? null : key.strip().toLowerCase(Locale.ROOT), label, labelFr,
                    CustomFieldsApi.type(type), list, at);
        }
    }
}

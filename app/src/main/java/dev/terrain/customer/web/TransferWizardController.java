package dev.terrain.customer.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.TransferManagement;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The transfer wizard: 1. select customers (search by name, city or owner; tick some, or all results),
 * 2. choose the target, move or copy, permanent or temporary with dates, 3. confirm a summary; then the transfer's
 * page. Nothing is written before the confirmation, and the service checks everything again then.
 */
@Controller
class TransferWizardController {

    static final int RESULTS_PER_PAGE = 50;

    private final TransferManagement transfers;
    private final MessageSource messages;

    TransferWizardController(TransferManagement transfers, MessageSource messages) {
        this.transfers = transfers;
        this.messages = messages;
    }

    @GetMapping("/transfers/new")
    String select(CurrentUser actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        selection(actor, q, page, model);
        model.addAttribute("problems", Map.of());
        return htmx != null ? "customer/transfer-select :: results" : "customer/transfer-select";
    }

    @PostMapping("/transfers/new/target")
    String target(CurrentUser actor, @ModelAttribute TransferForm form, @RequestParam(required = false) String all,
            @RequestParam(required = false) String q, Model model, java.util.Locale locale, HttpServletResponse response) {
        if ("true".equals(all)) {
            form.setCustomerIds(transfers.allCandidates(actor, q).stream().map(CustomerId::toString).toList());
        }
        var ids = form.getCustomerIds();
        if (ids.isEmpty() || ids.size() > TransferManagement.MAX_CUSTOMERS) {
            response.setStatus(400);
            selection(actor, q, 0, model);
            model.addAttribute("problems", Map.of("customerIds", ids.isEmpty()
                    ? messages.getMessage("transfer.error.noCustomers", null, locale)
                    : messages.getMessage("transfer.error.tooManyCustomers",
                            new Object[] { TransferManagement.MAX_CUSTOMERS, ids.size() }, locale)));
            return "customer/transfer-select";
        }
        return targetStep(actor, form, Map.of(), model);
    }

    @PostMapping("/transfers/new/confirm")
    String confirm(CurrentUser actor, @ModelAttribute TransferForm form, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("preview", transfers.preview(actor, form.request()));
            model.addAttribute("form", form);
            return "customer/transfer-confirm";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return targetStep(actor, form, byField(e), model);
        }
    }

    @PostMapping("/transfers")
    String create(CurrentUser actor, @ModelAttribute TransferForm form, Model model, HttpServletResponse response) {
        try {
            var transfer = transfers.transfer(actor, form.request());
            return "redirect:/transfers/" + transfer.id() + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return targetStep(actor, form, byField(e), model);
        }
    }

    private void selection(CurrentUser actor, String q, int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", transfers.candidates(actor, q, new Paging(page, RESULTS_PER_PAGE, null)));
    }

    private String targetStep(CurrentUser actor, TransferForm form, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("targets", transfers.targets(actor));
        model.addAttribute("problems", problems);
        model.addAttribute("selectionProblems", problems.entrySet().stream()
                .filter(p -> p.getKey().startsWith("customerIds")).map(Map.Entry::getValue).toList());
        return "customer/transfer-target";
    }

    private static Map<String, String> byField(InvalidInputException e) {
        var problems = new LinkedHashMap<String, String>();
        e.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        return problems;
    }
}

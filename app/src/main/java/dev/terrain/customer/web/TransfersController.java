package dev.terrain.customer.web;

import dev.terrain.customer.TransferFilter;
import dev.terrain.customer.TransferManagement;
import dev.terrain.customer.TransferStatus;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The transfer list (filter by user and status; an htmx request gets only the results) and a transfer's page. */
@Controller
class TransfersController {

    private final TransferManagement transfers;

    TransfersController(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/transfers")
    String list(CurrentUser actor, @RequestParam(required = false) String user,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        TransferFilter filter;
        try {
            filter = TransferIds.filter(user, status);
        } catch (InvalidInputException e) {
            filter = TransferFilter.none();
        }
        model.addAttribute("page", transfers.list(actor, filter, new Paging(page, Paging.DEFAULT_SIZE, null)));
        model.addAttribute("filter", filter);
        model.addAttribute("users", transfers.targets(actor));
        model.addAttribute("statuses", TransferStatus.values());
        return htmx != null ? "customer/transfers :: results" : "customer/transfers";
    }

    @GetMapping("/transfers/{id}")
    String show(CurrentUser actor, @PathVariable String id, Model model) {
        model.addAttribute("transfer", transfers.get(actor, TransferIds.transfer(id)));
        return "customer/transfer";
    }

    @PostMapping("/transfers/{id}/end")
    String end(CurrentUser actor, @PathVariable String id) {
        var transfer = transfers.end(actor, TransferIds.transfer(id));
        return "redirect:/transfers/" + transfer.id() + "?ended";
    }
}

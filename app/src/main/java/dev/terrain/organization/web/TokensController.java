package dev.terrain.organization.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.TokenManagement;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The API tokens page: create a token (its secret is shown once), list and revoke tokens. */
@Controller
@RequestMapping("/tokens")
class TokensController {

    private static final int PAGE_SIZE = 20;

    private final TokenManagement tokens;
    private final Permissions permissions;

    TokensController(TokenManagement tokens, Permissions permissions) {
        this.tokens = tokens;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean all,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Model model) {
        model.addAttribute("page", tokens.list(user, all, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("all", all);
        model.addAttribute("mayUseApi", permissions.allows(user, Action.USE_API));
        return htmx != null ? "organization/tokens :: list" : "organization/tokens";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.create(user, name));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "tokens.name.invalid");
            redirect.addFlashAttribute("name", name.length() > TokenManagement.MAX_NAME_LENGTH ? "" : name);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", "tokens.tooMany");
        }
        return "redirect:/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Model model) {
        var token = tokens.revoke(user, id);
        if (htmx == null) {
            return all ? "redirect:/tokens?all=true" : "redirect:/tokens";
        }
        model.addAttribute("token", token);
        model.addAttribute("all", all);
        return "organization/tokens-row :: row";
    }

    /** Someone else's token looks exactly like one that does not exist. */
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

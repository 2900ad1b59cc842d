package dev.terrain.territory.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.territory.HeldCustomer;
import dev.terrain.territory.MemberRole;
import dev.terrain.territory.RuleChange;
import dev.terrain.territory.RuleFieldInfo;
import dev.terrain.territory.StaleVersionException;
import dev.terrain.territory.TerritoryManagement;
import dev.terrain.territory.TerritoryMember;
import dev.terrain.territory.TerritoryMembers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A territory's rule (with its preview), its customers and manual overrides, and its members, over REST. */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories")
class TerritoryContentsApi {

    private final TerritoryManagement territories;
    private final TerritoryMembers members;

    TerritoryContentsApi(TerritoryManagement territories, TerritoryMembers members) {
        this.territories = territories;
        this.members = members;
    }

    @GetMapping("/rule-fields")
    @Operation(summary = "The fields and operators a rule may use, custom fields included")
    List<RuleFieldInfo> ruleFields() {
        return territories.ruleFields();
    }

    @PutMapping("/{id}/rule")
    @Operation(summary = "Sets the rule, e.g. {\"rule\": {\"any\": [{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"69\"]}]}}, "
            + "and re-evaluates the territory and its subtree; {\"rule\": null} leaves manual customers only. "
            + "A bad rule answers 400 naming its path, e.g. rule.any[2].value")
    RuleChange changeRule(CurrentUser actor, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RuleRequest request) {
        return territories.changeRule(actor, Ids.territory(id), request.json(), Ids.ifMatch(ifMatch));
    }

    @PostMapping("/{id}/rule/preview")
    @Operation(summary = "What the rule would change (customers entering and leaving, with samples); changes nothing")
    RuleChange previewRule(CurrentUser actor, @PathVariable String id, @RequestBody RuleRequest request) {
        return territories.previewRule(actor, Ids.territory(id), request.json());
    }

    @GetMapping("/{id}/customers")
    @Operation(summary = "The customers the territory holds (source RULE or MANUAL), or with excluded=true those kept out")
    ResultPage<HeldCustomer> customers(CurrentUser actor, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean excluded, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return territories.customers(actor, Ids.territory(id), excluded, q, page, size);
    }

    @PostMapping("/{id}/customers")
    @Operation(summary = "A manual override: {\"customerId\": \"...\", \"mode\": \"INCLUDE\" | \"EXCLUDE\" | \"RULE\"} (RULE forgets the override)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void override(CurrentUser actor, @PathVariable String id, @RequestBody OverrideRequest request) {
        var territory = Ids.territory(id);
        var customerId = Ids.field(request.customerId(), "customerId");
        if (customerId == null) {
            throw new InvalidInputException("customerId", "is required");
        }
        var customer = new dev.terrain.customer.CustomerId(customerId);
        switch (request.mode() == null ? "" : request.mode().toUpperCase(Locale.ROOT)) {
            case "INCLUDE" -> territories.include(actor, territory, customer);
            case "EXCLUDE" -> territories.exclude(actor, territory, customer);
            case "RULE" -> territories.followRule(actor, territory, customer);
            default -> throw new InvalidInputException("mode", "must be INCLUDE, EXCLUDE or RULE");
        }
    }

    @GetMapping("/{id}/members")
    List<MemberJson> members(CurrentUser actor, @PathVariable String id) {
        return members.members(actor, Ids.territory(id)).stream().map(MemberJson::of).toList();
    }

    @PutMapping("/{id}/members/{userId}")
    @Operation(summary = "Adds an active user or changes their role: {\"role\": \"MEMBER\" | \"MANAGER\"}")
    List<MemberJson> putMember(CurrentUser actor, @PathVariable String id, @PathVariable String userId,
            @RequestBody RoleRequest request) {
        return members.put(actor, Ids.territory(id), Ids.user(userId), role(request.role())).stream()
                .map(MemberJson::of).toList();
    }

    @DeleteMapping("/{id}/members/{userId}")
    List<MemberJson> removeMember(CurrentUser actor, @PathVariable String id, @PathVariable String userId) {
        return members.remove(actor, Ids.territory(id), Ids.user(userId)).stream().map(MemberJson::of).toList();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        return TerritoriesApi.preconditionFailed(e);
    }

    static MemberRole role(String text) {
        try {
            return MemberRole.valueOf(text == null ? "MEMBER" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be MEMBER or MANAGER");
        }
    }

    record RuleRequest(JsonNode rule) {

        String json() {
            return rule == null || rule.isNull() || rule.isMissingNode() ? null : rule.toString();
        }
    }

    record OverrideRequest(String customerId, String mode) {
    }

    record RoleRequest(String role) {
    }

    record MemberJson(UUID userId, String email, String displayName, MemberRole role, boolean active) {

        static MemberJson of(TerritoryMember m) {
            return new MemberJson(m.userId().value(), m.email(), m.displayName(), m.role(), m.active());
        }
    }
}

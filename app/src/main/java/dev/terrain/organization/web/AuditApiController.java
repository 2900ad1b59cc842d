package dev.terrain.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.internal.AuditEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins' tools: {@code GET /api/v1/audit}, filtered and paged, newest first. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Who changed what (admins only)")
class AuditApiController {

    private final AuditEntries entries;
    private final SettingsManagement settings;
    private final LocalizedProblems problems;

    AuditApiController(AuditEntries entries, SettingsManagement settings, LocalizedProblems problems) {
        this.entries = entries;
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Read the audit log", description = """
            Filters: entity, entityId, action (exact), actor (part of the e-mail, or the user id), from and to \
            (days, yyyy-MM-dd, both included, in the reader's time zone). Paged with page (from 0) and size \
            (1-100, default 25). Admins only.""", parameters = {
            @Parameter(name = "entity", in = ParameterIn.QUERY, description = "kind of record, e.g. setting"),
            @Parameter(name = "entityId", in = ParameterIn.QUERY, description = "id of the record"),
            @Parameter(name = "actor", in = ParameterIn.QUERY, description = "part of the actor's e-mail, or their id"),
            @Parameter(name = "action", in = ParameterIn.QUERY, description = "e.g. updated, overridden, reset"),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, yyyy-MM-dd"),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, yyyy-MM-dd"),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "entries per page, 1-100") })
    Map<String, Object> audit(CurrentUser user,
            @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        AuditRequest.requireAdmin(user);
        var request = AuditRequest.of(params, settings.effectiveFor(user.id()).timeZone());
        if (!request.problems().isEmpty()) {
            throw problems.invalid(request.problems());
        }
        var page = entries.find(request.filter(), request.page(), request.size());
        var body = new LinkedHashMap<String, Object>();
        body.put("items", page.items().stream().map(AuditApiController::entry).toList());
        body.put("page", page.page());
        body.put("size", page.size());
        body.put("totalElements", page.total());
        body.put("totalPages", page.pages());
        return body;
    }

    private static Map<String, Object> entry(AuditEntries.AuditEntry entry) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", entry.id());
        json.put("at", entry.at().toString());
        json.put("actorId", entry.actorId() == null ? null : entry.actorId().toString());
        json.put("actor", entry.actorName());
        json.put("entity", entry.entity());
        json.put("entityId", entry.entityId());
        json.put("action", entry.action());
        json.put("summary", entry.summary());
        return json;
    }
}

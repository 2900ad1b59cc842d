package dev.terrain.territory.web;

import java.math.BigDecimal;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;
import dev.terrain.organization.UserId;
import dev.terrain.territory.Target;
import dev.terrain.territory.TargetManagement;
import dev.terrain.territory.TerritoryId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Forecast targets per territory and per member, by month or quarter. */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Revenue, visit and new-customer targets per territory and member")
class TargetsApi {

    private final TargetManagement targets;

    TargetsApi(TargetManagement targets) {
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "Lists targets, paged, filtered by territoryId, userId, year and kind (MONTH or QUARTER)")
    ResultPage<TargetJson> list(CurrentUser actor, @RequestParam(required = false) String territoryId,
            @RequestParam(required = false) String userId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var territory = Ids.field(territoryId, "territoryId");
        var user = Ids.field(userId, "userId");
        var filter = new Target.Filter(territory == null ? null : new TerritoryId(territory),
                user == null ? null : new UserId(user), year, kind == null || kind.isBlank() ? null : kind);
        return targets.list(actor, filter, page, size).map(TargetJson::of);
    }

    @PutMapping
    @Operation(summary = "Creates or replaces the target of (territoryId, userId or none, period): period is 2026-03 or 2026-Q1")
    TargetJson put(CurrentUser actor, @RequestBody TargetJson request) {
        var territory = Ids.field(request.territoryId(), "territoryId");
        var user = Ids.field(request.userId(), "userId");
        return TargetJson.of(targets.put(actor, new Target.Draft(territory == null ? null : new TerritoryId(territory),
                user == null ? null : new UserId(user), request.period(), request.revenue(), request.visits(),
                request.newCustomers())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser actor, @PathVariable String id) {
        targets.delete(actor, Ids.target(id));
    }

    record TargetJson(UUID id, String territoryId, String territoryName, String userId, String userName,
            String period, BigDecimal revenue, Integer visits, Integer newCustomers) {

        static TargetJson of(Target t) {
            return new TargetJson(t.id(), t.territory().toString(), t.territoryName(),
                    t.user() == null ? null : t.user().toString(), t.userName(), t.period(), t.revenue(), t.visits(),
                    t.newCustomers());
        }
    }
}

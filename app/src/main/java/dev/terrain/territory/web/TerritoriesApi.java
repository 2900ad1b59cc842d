package dev.terrain.territory.web;

import java.util.List;
import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.territory.Reevaluation;
import dev.terrain.territory.StaleVersionException;
import dev.terrain.territory.TerritoryDraft;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryManagement;
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

/**
 * The territory tree over REST. Reads: everyone, narrowed to their territories and those below (others: 404).
 * Changes: {@code MANAGE_TERRITORIES} (others: 403). Updates and moves honour {@code If-Match} with the
 * {@code ETag} of a read (a stale one answers 412).
 */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories", description = "The territory tree, its rules, customers and members")
class TerritoriesApi {

    private final TerritoryManagement territories;

    TerritoriesApi(TerritoryManagement territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(summary = "Lists territories in tree order (each after its parent), paged; q filters by name")
    ResultPage<TerritoryJson> list(CurrentUser actor, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return territories.list(actor, q, page, size).map(TerritoryJson::of);
    }

    @GetMapping("/tree")
    @Operation(summary = "The whole tree the caller sees, in tree order with each territory's depth (at most 2,000)")
    List<TerritoryJson> tree(CurrentUser actor) {
        return territories.tree(actor).stream().map(TerritoryJson::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<TerritoryJson> get(CurrentUser actor, @PathVariable String id) {
        return tagged(TerritoryJson.of(territories.get(actor, Ids.territory(id))));
    }

    @PostMapping
    ResponseEntity<TerritoryJson> create(CurrentUser actor, @RequestBody TerritoryRequest request) {
        var created = TerritoryJson.of(territories.create(actor, request.draft()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Ids.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces name, description, external id and parent (no parentId: a top territory); send If-Match with the ETag read")
    ResponseEntity<TerritoryJson> update(CurrentUser actor, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody TerritoryRequest request) {
        return tagged(TerritoryJson.of(territories.update(actor, Ids.territory(id), request.draft(), Ids.ifMatch(ifMatch))));
    }

    @PutMapping("/by-external-id/{externalId}")
    @Operation(summary = "Creates or updates the territory with this external id")
    ResponseEntity<TerritoryJson> upsert(CurrentUser actor, @PathVariable String externalId,
            @RequestBody TerritoryRequest request) {
        return tagged(TerritoryJson.of(territories.upsert(actor, externalId, request.draft())));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Moves the territory and its subtree under parentId (null: a root); 400 for a descendant")
    ResponseEntity<TerritoryJson> move(CurrentUser actor, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody MoveRequest request) {
        var parent = Ids.field(request == null ? null : request.parentId(), "parentId");
        return tagged(TerritoryJson.of(territories.move(actor, Ids.territory(id),
                parent == null ? null : new TerritoryId(parent), Ids.ifMatch(ifMatch))));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a territory without children (409 otherwise)")
    void delete(CurrentUser actor, @PathVariable String id) {
        territories.delete(actor, Ids.territory(id));
    }

    @PostMapping("/reevaluate")
    @Operation(summary = "Re-evaluates every rule over every customer (MANAGE_TERRITORIES)")
    Reevaluation reevaluate(CurrentUser actor) {
        return territories.reevaluateAll(actor);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        return preconditionFailed(e);
    }

    static ResponseEntity<ProblemDetail> preconditionFailed(StaleVersionException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The territory was changed since it was read: " + e.getMessage());
        problem.setTitle("Stale version");
        problem.setProperty("errors", List.of(Map.of("field", "If-Match", "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    private static ResponseEntity<TerritoryJson> tagged(TerritoryJson body) {
        return ResponseEntity.ok().eTag(Ids.etag(body.version())).body(body);
    }

    record TerritoryRequest(String parentId, String name, String description, String externalId) {

        TerritoryDraft draft() {
            var parent = Ids.field(parentId, "parentId");
            return new TerritoryDraft(parent == null ? null : new TerritoryId(parent), name, description, externalId);
        }
    }

    record MoveRequest(String parentId) {
    }

    static InvalidInputException missingBody() {
        return new InvalidInputException("body", "is required");
    }
}

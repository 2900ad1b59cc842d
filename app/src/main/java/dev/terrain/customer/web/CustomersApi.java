package dev.terrain.customer.web;

import java.net.URI;
import java.util.List;

import dev.terrain.customer.BulkCustomerResult;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerPage;
import dev.terrain.customer.CustomerPaging;
import dev.terrain.customer.CustomerSort;
import dev.terrain.organization.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers over REST, within what the caller sees (anything else: 404). Reads answer with an {@code ETag} (the
 * version); {@code PUT} and {@code DELETE} by id need {@code If-Match} with it (missing: 428, stale: 412).
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers the caller sees: list, search, create, edit, delete, upsert by external id, bulk upsert.")
class CustomersApi {

    private final CustomerManagement customers;

    CustomersApi(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "Lists the customers the caller sees, paged (page from 0, size up to 100) and filtered",
            description = "q matches name, city, postal code or external id; territory includes its descendants; "
                    + "owner is a user id or `me`; due is `due` (next visit today or earlier) or `overdue`; "
                    + "field and value match one custom field exactly. sort: name, city, category, next_due, last_visit, updated. "
                    + "Totals are counted up to 1,000 only: when more customers match, totalItems is 1000 (or, on a page "
                    + "past the 1,000th customer, the customers up to that page), totalPages counts the pages up to there, "
                    + "and totalIsLowerBound is true (show \"1,000+\"). hasNext says exactly whether a next page exists.")
    PageJson list(CurrentUser actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String territory, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status,
            @RequestParam(required = false) String due,
            @Parameter(description = "custom field key") @RequestParam(required = false) String field,
            @Parameter(description = "custom field value") @RequestParam(required = false) String value,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        var filter = CustomerParams.filter(actor, q, territory, owner, category, status, due, field, value);
        return PageJson.of(customers.list(actor, filter, new CustomerPaging(page, size, CustomerSort.parse(sort))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer; the ETag header carries its version")
    ResponseEntity<CustomerJson> get(CurrentUser actor, @PathVariable String id) {
        return withEtag(ResponseEntity.ok(), CustomerJson.of(customers.get(actor, CustomerParams.customer(id))));
    }

    @PostMapping
    @Operation(summary = "Creates a customer; a rep creating one owns it unless ownerId says otherwise")
    ResponseEntity<CustomerJson> create(CurrentUser actor, @RequestBody CustomerRequest request) {
        var created = CustomerJson.of(customers.create(actor, request.draft()));
        return withEtag(ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces a customer's data; needs If-Match with the ETag from GET (428 without, 412 when stale)",
            description = "If-Match: * overwrites whatever version is stored, on purpose.")
    ResponseEntity<CustomerJson> edit(CurrentUser actor, @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody CustomerRequest request) {
        var customerId = CustomerParams.customer(id);
        var expected = Versions.expected(ifMatch, () -> customers.get(actor, customerId).version());
        return withEtag(ResponseEntity.ok(), CustomerJson.of(customers.edit(actor, customerId, request.draft(), expected)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a customer with its contacts and notes; needs If-Match (428 without, 412 when stale)")
    ResponseEntity<Void> delete(CurrentUser actor, @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var customerId = CustomerParams.customer(id);
        customers.delete(actor, customerId, Versions.expected(ifMatch, () -> customers.get(actor, customerId).version()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/external/{externalId}")
    @Operation(summary = "Creates or updates the customer with this external id (idempotent, for ERP/CRM sync)",
            description = "201 when created, 200 when updated; no If-Match needed. The external id of the address wins over the body's.")
    ResponseEntity<CustomerJson> upsert(CurrentUser actor, @PathVariable String externalId,
            @RequestBody CustomerRequest request) {
        var result = customers.upsertByExternalId(actor, externalId, request.draft());
        var json = CustomerJson.of(result.customer());
        return withEtag(result.created() ? ResponseEntity.created(URI.create("/api/v1/customers/" + json.id()))
                : ResponseEntity.ok(), json);
    }

    @PostMapping("/bulk")
    @Operation(summary = "Creates or updates up to 1,000 customers by external id, all or nothing",
            description = "More than 1,000 rows answer 413 and write nothing. Any bad row rejects the whole call "
                    + "with 400 (or 409) naming it, e.g. rows[17].latitude.")
    BulkCustomerResult bulk(CurrentUser actor, @RequestBody BulkRequest request) {
        if (request.rows() != null && request.rows().size() > CustomerManagement.MAX_BULK_ROWS) {
            throw new ApiProblems.TooManyRows(request.rows().size());
        }
        return customers.upsertAll(actor, request.rows() == null ? null
                : request.rows().stream().map(row -> row == null ? null : row.draft()).toList());
    }

    private static ResponseEntity<CustomerJson> withEtag(ResponseEntity.BodyBuilder builder, CustomerJson body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }

    record BulkRequest(List<CustomerRequest> rows) {
    }

    /** One page of customers. */
    record PageJson(List<CustomerJson> items, int page, int size,
            @Schema(description = "Matching customers, counted up to 1,000; a lower bound when totalIsLowerBound") long totalItems,
            @Schema(description = "Pages, a lower bound when totalIsLowerBound") int totalPages,
            @Schema(description = "True when more than 1,000 customers match: totalItems and totalPages are lower bounds")
            boolean totalIsLowerBound,
            @Schema(description = "Whether a next page exists") boolean hasNext) {

        static PageJson of(CustomerPage page) {
            return new PageJson(page.items().stream().map(CustomerJson::of).toList(), page.page(), page.size(),
                    page.totalItems(), page.totalPages(), page.totalCapped(), page.hasNext());
        }
    }

}

package dev.terrain.customer.web;

import dev.terrain.customer.TransferManagement;
import dev.terrain.customer.TransferRequest;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfers over REST. Needs {@code TRANSFER_CUSTOMERS} (supervisors and admins by default; others get 403);
 * a selected customer the caller may not see answers 404 and nothing moves.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Transfers", description = "Move or copy customers to another user, permanently or for a while (holiday cover).")
class TransfersApi {

    private final TransferManagement transfers;

    TransfersApi(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Transfers 1 to 5,000 customers to an active rep or supervisor",
            description = "mode MOVE (default) or COPY; temporary=true needs endsOn (ISO date, not before startsOn) and "
                    + "returns the moved customers the day after endsOn. startsOn defaults to today; a later day "
                    + "schedules the transfer. Bad fields answer 400 naming them (customerIds[3], toUserId, endsOn...).")
    TransferJson create(CurrentUser actor, @RequestBody TransferRequest request) {
        return TransferJson.of(transfers.transfer(actor, request));
    }

    @GetMapping
    @Operation(summary = "Lists transfers, newest first, paged; filter by a user who gave or received, and by status")
    ResultPage<TransferJson> list(CurrentUser actor, @RequestParam(required = false) String user,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return transfers.list(actor, TransferIds.filter(user, status), new Paging(page, size, null)).map(TransferJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A transfer with the customers the caller may see")
    TransferJson get(CurrentUser actor, @PathVariable String id) {
        return TransferJson.of(transfers.get(actor, TransferIds.transfer(id)));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "Ends a temporary transfer now: a scheduled one is cancelled, one in force returns its customers. 409 otherwise")
    TransferJson end(CurrentUser actor, @PathVariable String id) {
        return TransferJson.of(transfers.end(actor, TransferIds.transfer(id)));
    }
}

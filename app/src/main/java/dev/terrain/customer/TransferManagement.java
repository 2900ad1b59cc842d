package dev.terrain.customer;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;

/**
 * Moves or copies a selection of customers from their owners to another user, permanently or for a while
 * (holiday cover). Needs {@code TRANSFER_CUSTOMERS} and sight of every selected customer (an unseen one is
 * "not found" and nothing moves). A move keeps each customer's contacts, notes, opening hours and history; a
 * copy gives the target a duplicate of each with its contacts, opening hours, closing days and notes. Temporary
 * transfers start and end by themselves (a scheduled job); every transfer is audited.
 */
public interface TransferManagement {

    /** The most customers one transfer takes. */
    int MAX_CUSTOMERS = 5000;

    TransferView transfer(CurrentUser actor, TransferRequest request);

    /**
     * Checks a request as {@link #transfer} would, without writing anything: the answer has no id, status
     * {@code SCHEDULED}, and the selected customers.
     */
    TransferView preview(CurrentUser actor, TransferRequest request);

    ResultPage<TransferView> list(CurrentUser actor, TransferFilter filter, Paging paging);

    /** The transfer with the customers the actor may see. */
    TransferView get(CurrentUser actor, UUID id);

    /** Ends a temporary transfer now: a waiting one is cancelled, one in force returns its customers. */
    TransferView end(CurrentUser actor, UUID id);

    /** Customers the actor may see whose name, city or owner's name contains {@code text}. */
    ResultPage<TransferCandidate> candidates(CurrentUser actor, String text, Paging paging);

    /** Ids of every candidate matching {@code text}, up to one more than {@link #MAX_CUSTOMERS}. */
    List<CustomerId> allCandidates(CurrentUser actor, String text);

    /** Users the actor may hand customers to: active reps and supervisors in the actor's sight. */
    List<TransferParty> targets(CurrentUser actor);
}

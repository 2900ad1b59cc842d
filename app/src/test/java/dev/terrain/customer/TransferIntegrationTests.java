package dev.terrain.customer;

import static dev.terrain.customer.TransferFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupView;
import dev.terrain.organization.UserManagement;
import dev.terrain.organization.UsersFixture;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The rules of {@link TransferManagement} on the real database: moves, copies, bad input, sight, hand-over. */
@SpringBootTest
@RecordApplicationEvents
class TransferIntegrationTests {

    @Autowired TransferManagement transfers;
    @Autowired UserManagement users;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    GroupView group;
    CurrentUser supervisor;
    CurrentUser from;
    CurrentUser to;

    @BeforeEach
    void team() {
        group = people.group();
        supervisor = people.supervisor(group);
        from = people.rep(group);
        to = people.rep(group);
    }

    static TransferRequest move(List<UUID> ids, CurrentUser to) {
        return new TransferRequest(ids.stream().map(UUID::toString).toList(), to.id().toString(), "MOVE", false, null, null);
    }

    @Test
    void aPermanentMoveGivesTheCustomersToTheTargetWithTheirNotesAndIsAudited() {
        var a = customers.customer(from, unique("Boulangerie"));
        var b = customers.customer(from, unique("Pharmacie"));
        customers.addContactNoteHoursAndClosing(a, from);

        var transfer = transfers.transfer(supervisor, move(List.of(a, b), to));

        assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(transfer.from().id()).isEqualTo(from.id().value());
        assertThat(transfer.customers()).extracting(TransferredCustomer::state).containsOnly("MOVED");
        assertThat(customers.ownerOf(a)).isEqualTo(to.id().value());
        assertThat(customers.ownerOf(b)).isEqualTo(to.id().value());
        assertThat(customers.notesOf(a)).containsExactly("Prefers mornings");
        assertThat(customers.auditActions(transfer.id())).containsExactly("created");
        assertThat(events.stream(CustomersChanged.class).flatMap(e -> e.ids().stream()))
                .contains(new CustomerId(a), new CustomerId(b));
    }

    @Test
    void aCopyGivesTheTargetDuplicatesWithContactsHoursClosingDaysAndNotesButNoExternalId() {
        var original = customers.customer(from, unique("Épicerie"));
        customers.addContactNoteHoursAndClosing(original, from);

        var transfer = transfers.transfer(supervisor, new TransferRequest(List.of(original.toString()),
                to.id().toString(), "COPY", false, null, null));

        assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
        var copy = transfer.customers().get(0).copyId().value();
        assertThat(customers.ownerOf(original)).isEqualTo(from.id().value());
        assertThat(customers.ownerOf(copy)).isEqualTo(to.id().value());
        assertThat(jdbc.sql("select external_id from customers where id = :id").param("id", copy)
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select name, external_id from contacts where customer_id = :id").param("id", copy)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).list()).containsExactly("Anne Martin/null");
        assertThat(jdbc.sql("select count(*) from opening_hours where customer_id = :id").param("id", copy)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reason from closing_days where customer_id = :id").param("id", copy)
                .query(String.class).list()).containsExactly("Summer");
        assertThat(customers.notesOf(copy)).hasSize(2).contains("Prefers mornings")
                .anySatisfy(note -> assertThat(note).startsWith("Copied from Épicerie"));
        assertThat(customers.notesOf(original)).containsExactly("Prefers mornings");
    }

    @Test
    void aCustomerTheActorMayNotSeeIsNotFoundAndNothingMoves() {
        var mine = customers.customer(from, unique("Visible"));
        var outsider = people.rep(people.group());
        var hidden = customers.customer(outsider, unique("Hidden"));

        assertThatThrownBy(() -> transfers.transfer(supervisor, move(List.of(mine, hidden), to)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(hidden.toString());

        assertThat(customers.ownerOf(mine)).isEqualTo(from.id().value());
        assertThat(customers.ownerOf(hidden)).isEqualTo(outsider.id().value());
        assertThat(jdbc.sql("select count(*) from customer_transfers where to_user_id = :to")
                .param("to", to.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void repsMayNotTransferByDefault() {
        var own = customers.customer(from, unique("Own"));
        assertThatThrownBy(() -> transfers.transfer(from, move(List.of(own), to)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(customers.ownerOf(own)).isEqualTo(from.id().value());
    }

    @Test
    void aDeactivatedOrAdminTargetIsRefusedNamingToUserId() {
        var c = customers.customer(from, unique("Target"));
        var gone = people.rep(group);
        users.deactivate(people.admin(), gone.id(), null);
        var admin = people.admin();

        assertThat(fieldsOf(move(List.of(c), gone), supervisor)).containsExactly("toUserId");
        assertThat(fieldsOf(move(List.of(c), admin), admin)).containsExactly("toUserId");
        assertThat(fieldsOf(new TransferRequest(List.of(c.toString()), "not-an-id", "MOVE", false, null, null),
                supervisor)).containsExactly("toUserId");
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
    }

    @Test
    void aTargetOutsideTheSupervisorsGroupsIsUnknown() {
        var c = customers.customer(from, unique("Far"));
        var stranger = people.rep(people.group());
        assertThat(fieldsOf(move(List.of(c), stranger), supervisor)).containsExactly("toUserId");
    }

    @Test
    void badDatesAndModesAreNamed() {
        var c = customers.customer(from, unique("Dates")).toString();
        var today = LocalDate.now();
        var target = to.id().toString();
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "MOVE", true, today.plusDays(5).toString(),
                today.plusDays(2).toString()), supervisor)).containsExactly("endsOn");
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "MOVE", true, null, null), supervisor))
                .containsExactly("endsOn");
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "MOVE", false, today.minusDays(3).toString(), null),
                supervisor)).containsExactly("startsOn");
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "MOVE", true, "tomorrow", "2026-13-40"), supervisor))
                .containsExactly("startsOn", "endsOn");
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "COPY", true, null, today.plusDays(3).toString()),
                supervisor)).containsExactly("mode");
        assertThat(fieldsOf(new TransferRequest(List.of(c), target, "STEAL", false, null, null), supervisor))
                .containsExactly("mode");
    }

    @Test
    void anEmptyOrTooLargeSelectionIsRefusedAndMalformedIdsAreNamedByRow() {
        var target = to.id().toString();
        assertThat(fieldsOf(new TransferRequest(List.of(), target, "MOVE", false, null, null), supervisor))
                .containsExactly("customerIds");
        assertThat(fieldsOf(new TransferRequest(null, target, "MOVE", false, null, null), supervisor))
                .containsExactly("customerIds");
        var many = IntStream.range(0, TransferManagement.MAX_CUSTOMERS + 1).mapToObj(i -> UUID.randomUUID().toString()).toList();
        assertThat(fieldsOf(new TransferRequest(many, target, "MOVE", false, null, null), supervisor))
                .containsExactly("customerIds");
        var c = customers.customer(from, unique("Row")).toString();
        assertThat(fieldsOf(new TransferRequest(List.of(c, "1'; drop table customers; --"), target, "MOVE", false, null, null),
                supervisor)).containsExactly("customerIds[1]");
    }

    @Test
    void movingACustomerToItsOwnerNamesTheRow() {
        var a = customers.customer(from, unique("Already"));
        var b = customers.customer(to, unique("Theirs"));
        assertThat(fieldsOf(move(List.of(a, b), to), supervisor)).containsExactly("customerIds[1]");
        assertThat(customers.ownerOf(a)).isEqualTo(from.id().value());
    }

    @Test
    void deactivatingARepWithASuccessorHandsAllTheirCustomersOverAsATransfer() {
        var mine = new ArrayList<UUID>();
        for (int i = 0; i < 3; i++) {
            mine.add(customers.customer(from, unique("Handed")));
        }

        users.deactivate(people.admin(), from.id(), to.id());

        mine.forEach(c -> assertThat(customers.ownerOf(c)).isEqualTo(to.id().value()));
        var list = transfers.list(supervisor, new TransferFilter(from.id().value(), null), dev.terrain.organization.Paging.first());
        assertThat(list.items()).singleElement().satisfies(t -> {
            assertThat(t.reason()).isEqualTo("HANDOVER");
            assertThat(t.status()).isEqualTo(TransferStatus.COMPLETED);
            assertThat(t.customerCount()).isEqualTo(3);
            assertThat(t.to().id()).isEqualTo(to.id().value());
        });
    }

    @Test
    void deactivatingTheCoveringUserSendsTheCoveredCustomersHome() {
        var c = customers.customer(from, unique("Covered"));
        var cover = transfers.transfer(supervisor, new TransferRequest(List.of(c.toString()), to.id().toString(),
                "MOVE", true, null, LocalDate.now().plusDays(10).toString()));
        var next = customers.customer(from, unique("Covered later"));
        var later = transfers.transfer(supervisor, new TransferRequest(List.of(next.toString()), to.id().toString(),
                "MOVE", true, LocalDate.now().plusDays(20).toString(), LocalDate.now().plusDays(25).toString()));
        assertThat(customers.ownerOf(c)).isEqualTo(to.id().value());

        users.deactivate(people.admin(), to.id(), null);

        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
        assertThat(transfers.get(supervisor, cover.id()).status()).isEqualTo(TransferStatus.RETURNED);
        assertThat(transfers.get(supervisor, later.id()).status()).isEqualTo(TransferStatus.CANCELLED);
        assertThat(customers.ownerOf(next)).isEqualTo(from.id().value());
    }

    @Test
    void deactivatingWithoutSuccessorMovesNothing() {
        var c = customers.customer(from, unique("Stays"));
        users.deactivate(people.admin(), from.id(), null);
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
        assertThat(transfers.list(supervisor, new TransferFilter(from.id().value(), null),
                dev.terrain.organization.Paging.first()).items()).isEmpty();
    }

    @Test
    void aScheduledTemporaryTransferCanBeCancelledAndAPermanentOneCannotBeEnded() {
        var c = customers.customer(from, unique("Later"));
        var today = LocalDate.now();
        var scheduled = transfers.transfer(supervisor, new TransferRequest(List.of(c.toString()), to.id().toString(),
                "MOVE", true, today.plusDays(30).toString(), today.plusDays(40).toString()));
        assertThat(scheduled.status()).isEqualTo(TransferStatus.SCHEDULED);
        assertThat(scheduled.customers()).extracting(TransferredCustomer::state).containsOnly("PENDING");

        assertThat(transfers.end(supervisor, scheduled.id()).status()).isEqualTo(TransferStatus.CANCELLED);
        assertThat(customers.ownerOf(c)).isEqualTo(from.id().value());
        assertThatThrownBy(() -> transfers.end(supervisor, scheduled.id()))
                .isInstanceOf(dev.terrain.platform.ConflictException.class);

        var permanent = transfers.transfer(supervisor, move(List.of(c), to));
        assertThatThrownBy(() -> transfers.end(supervisor, permanent.id()))
                .isInstanceOf(dev.terrain.platform.ConflictException.class);
    }

    private List<String> fieldsOf(TransferRequest request, CurrentUser actor) {
        try {
            transfers.transfer(actor, request);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
        }
        throw new AssertionError("the request was accepted");
    }
}

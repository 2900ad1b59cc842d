package dev.terrain.customer.internal;

import static dev.terrain.customer.TransferFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.terrain.customer.TransferFixture;
import dev.terrain.customer.TransferManagement;
import dev.terrain.customer.TransferRequest;
import dev.terrain.customer.TransferStatus;
import dev.terrain.customer.TransferredCustomer;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.SettingsManagement;
import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheduled job of temporary transfers, run with a clock the test controls. */
@SpringBootTest
class TransferScheduleIntegrationTests {

    @Autowired TransferSchedule schedule;
    @Autowired TransferManagement transfers;
    @Autowired SettingsManagement settings;
    @Autowired UsersFixture people;
    @Autowired TransferFixture customers;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    CurrentUser supervisor;
    CurrentUser away;
    CurrentUser cover;
    LocalDate today;

    @BeforeEach
    void team() {
        var group = people.group();
        supervisor = people.supervisor(group);
        away = people.rep(group);
        cover = people.rep(group);
        today = LocalDate.now(settings.company().timeZone());
    }

    Clock on(LocalDate day) {
        var zone = settings.company().timeZone();
        return Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    UUID holidayCover(List<UUID> ids, int fromDay, int toDay) {
        return transfers.transfer(supervisor, new TransferRequest(ids.stream().map(UUID::toString).toList(),
                cover.id().toString(), "MOVE", true, today.plusDays(fromDay).toString(),
                today.plusDays(toDay).toString())).id();
    }

    TransferStatus status(UUID transfer) {
        return transfers.get(supervisor, transfer).status();
    }

    @Test
    void aHolidayCoverStartsOnItsFirstDayAndReturnsTheDayAfterItsLastDay() {
        var a = customers.customer(away, unique("Cover A"));
        var b = customers.customer(away, unique("Cover B"));
        var transfer = holidayCover(List.of(a, b), 10, 20);

        schedule.run(on(today.plusDays(9)));
        assertThat(status(transfer)).isEqualTo(TransferStatus.SCHEDULED);
        assertThat(customers.ownerOf(a)).isEqualTo(away.id().value());

        schedule.run(on(today.plusDays(10)));
        assertThat(status(transfer)).isEqualTo(TransferStatus.ACTIVE);
        assertThat(customers.ownedBy(cover)).containsExactlyInAnyOrder(a, b);

        schedule.run(on(today.plusDays(20)));
        assertThat(status(transfer)).isEqualTo(TransferStatus.ACTIVE);

        schedule.run(on(today.plusDays(21)));
        var done = transfers.get(supervisor, transfer);
        assertThat(done.status()).isEqualTo(TransferStatus.RETURNED);
        assertThat(done.endedOn()).isEqualTo(today.plusDays(21));
        assertThat(customers.ownedBy(away)).containsExactlyInAnyOrder(a, b);
        assertThat(customers.auditActions(transfer)).containsExactly("created", "returned");
    }

    @Test
    void runningAgainChangesNothing() {
        var a = customers.customer(away, unique("Twice"));
        var transfer = holidayCover(List.of(a), 3, 4);

        schedule.run(on(today.plusDays(3)));
        var versionAfterStart = version(a);
        schedule.run(on(today.plusDays(3)));
        assertThat(version(a)).isEqualTo(versionAfterStart);
        assertThat(customers.ownerOf(a)).isEqualTo(cover.id().value());

        schedule.run(on(today.plusDays(5)));
        schedule.run(on(today.plusDays(6)));
        assertThat(customers.ownerOf(a)).isEqualTo(away.id().value());
        assertThat(customers.auditActions(transfer)).containsExactly("created", "returned");
    }

    @Test
    void aCustomerMovedAgainMeanwhileStaysWhereItWas() {
        var a = customers.customer(away, unique("Moved again"));
        var b = customers.customer(away, unique("Back home"));
        var transfer = holidayCover(List.of(a, b), 1, 2);
        schedule.run(on(today.plusDays(1)));
        var third = people.rep(people.group());
        jdbc.sql("update customers set owner_id = :u where id = :id").param("u", third.id().value()).param("id", a).update();

        schedule.run(on(today.plusDays(3)));

        assertThat(customers.ownerOf(a)).isEqualTo(third.id().value());
        assertThat(customers.ownerOf(b)).isEqualTo(away.id().value());
        assertThat(transfers.get(supervisor, transfer).customers()).as("the supervisor no longer sees the moved one")
                .extracting(TransferredCustomer::state).containsExactly("RETURNED");
        assertThat(transfers.get(people.admin(), transfer).customers())
                .extracting(TransferredCustomer::name, TransferredCustomer::state)
                .extracting(Object::toString)
                .anySatisfy(s -> assertThat(s).contains("Moved again").contains("KEPT"))
                .anySatisfy(s -> assertThat(s).contains("Back home").contains("RETURNED"));
    }

    @Test
    void aTransferInForceCanBeEndedEarly() {
        var a = customers.customer(away, unique("Early"));
        var transfer = transfers.transfer(supervisor, new TransferRequest(List.of(a.toString()), cover.id().toString(),
                "MOVE", true, null, today.plusDays(14).toString()));
        assertThat(transfer.status()).isEqualTo(TransferStatus.ACTIVE);
        assertThat(customers.ownerOf(a)).isEqualTo(cover.id().value());

        var ended = transfers.end(supervisor, transfer.id());

        assertThat(ended.status()).isEqualTo(TransferStatus.RETURNED);
        assertThat(customers.ownerOf(a)).isEqualTo(away.id().value());
    }

    @Test
    void aTransferToAUserWhoLeftBeforeItStartsIsCancelled() {
        var a = customers.customer(away, unique("Left"));
        var transfer = holidayCover(List.of(a), 2, 5);
        jdbc.sql("update users set active = false where id = :id").param("id", cover.id().value()).update();

        schedule.run(on(today.plusDays(2)));

        assertThat(status(transfer)).isEqualTo(TransferStatus.CANCELLED);
        assertThat(customers.ownerOf(a)).isEqualTo(away.id().value());
    }

    @Test
    void aTransferAnotherNodeHoldsIsSkipped() throws Exception {
        var a = customers.customer(away, unique("Locked"));
        var transfer = holidayCover(List.of(a), 7, 8);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherNode = new Thread(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("select id from customer_transfers where id = :id for update").param("id", transfer)
                    .query(UUID.class).single();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        schedule.run(on(today.plusDays(7)));
        assertThat(status(transfer)).isEqualTo(TransferStatus.SCHEDULED);

        release.countDown();
        otherNode.join();
        schedule.run(on(today.plusDays(7)));
        assertThat(status(transfer)).isEqualTo(TransferStatus.ACTIVE);
    }

    private int version(UUID customer) {
        return jdbc.sql("select version from customers where id = :id").param("id", customer).query(Integer.class).single();
    }
}

package dev.terrain.customer.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts transfers whose first day has come and gives back temporary transfers whose last day has passed: every
 * hour and once on start-up. Each transfer is handled in its own transaction with its row locked and skipped by
 * other nodes ({@code for update skip locked}); a handled transfer changes status, so running again does nothing.
 */
@Component
@EnableScheduling
class TransferSchedule {

    private static final Logger log = LoggerFactory.getLogger(TransferSchedule.class);

    private final Transfers transfers;
    private final TransferExecution execution;
    private final TransferClock clock;
    private final TransactionTemplate transaction;

    TransferSchedule(Transfers transfers, TransferExecution execution, TransferClock clock,
            TransactionTemplate transaction) {
        this.transfers = transfers;
        this.execution = execution;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${terrain.transfers.schedule:0 5 * * * *}")
    @EventListener(ApplicationReadyEvent.class)
    void runHourly() {
        try {
            var done = run(clock.clock());
            if (done.started() + done.returned() > 0) {
                log.info("Transfers: {} started, {} returned", done.started(), done.returned());
            }
        } catch (RuntimeException e) {
            log.error("Transfers: the scheduled run failed; the next run tries again", e);
        }
    }

    /** What a run did. */
    record Run(int started, int returned) {
    }

    /** Handles every transfer due at the clock's date. */
    Run run(Clock at) {
        LocalDate today = clock.today(at);
        int started = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> transfers.lockNextToStart(today)
                .map(t -> execution.start(t, null, today) != null).orElse(false)))) {
            started++;
        }
        int returned = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> transfers.lockNextToReturn(today)
                .map(t -> {
                    execution.giveBack(t, today, "last day " + t.endsOn() + " passed");
                    return true;
                }).orElse(false)))) {
            returned++;
        }
        return new Run(started, returned);
    }
}

package dev.terrain.customer.internal;

import java.time.Clock;
import java.time.LocalDate;

import dev.terrain.organization.SettingsManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today in the company's time zone, by the application's {@link Clock} (the system clock when none is defined). */
@Component
class TransferClock {

    private final Clock clock;
    private final SettingsManagement settings;

    TransferClock(ObjectProvider<Clock> clock, SettingsManagement settings) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.settings = settings;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return today(clock);
    }

    LocalDate today(Clock at) {
        return LocalDate.now(at.withZone(settings.company().timeZone()));
    }
}

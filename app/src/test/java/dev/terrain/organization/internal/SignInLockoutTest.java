package dev.terrain.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long an account locks after failed sign-ins. */
class SignInLockoutTest {

    private final SignInProperties defaults = new SignInProperties(null, null, null);

    @Test
    void fewerThanFiveFailuresDoNotLock() {
        assertThat(defaults.lockFor(4)).isZero();
    }

    @Test
    void theFifthFailureLocksFor15Minutes() {
        assertThat(defaults.lockFor(5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        assertThat(defaults.lockFor(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.lockFor(7)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void theLockNeverExceedsADay() {
        assertThat(defaults.lockFor(12)).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.lockFor(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void operatorsCanTuneTheLimits() {
        var strict = new SignInProperties(3, Duration.ofMinutes(5), Duration.ofMinutes(20));

        assertThat(strict.lockFor(2)).isZero();
        assertThat(strict.lockFor(3)).isEqualTo(Duration.ofMinutes(5));
        assertThat(strict.lockFor(6)).isEqualTo(Duration.ofMinutes(20));
    }
}

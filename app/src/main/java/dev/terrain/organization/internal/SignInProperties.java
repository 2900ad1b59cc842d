package dev.terrain.organization.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in resists password guessing.
 *
 * @param maxFailures  failed sign-ins in a row after which the account locks (default 5)
 * @param lockout      how long the first lock lasts (default 15 minutes); every further failure after that
 *                     locks again for twice as long as the time before, up to {@code maxLockout}
 * @param maxLockout   the longest lock (default 24 hours)
 */
@ConfigurationProperties("terrain.sign-in")
public record SignInProperties(Integer maxFailures, Duration lockout, Duration maxLockout) {

    public SignInProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        maxLockout = maxLockout == null ? Duration.ofHours(24) : maxLockout;
    }

    /** The lock after this many failures in a row, or zero while below the limit. */
    Duration lockFor(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - maxFailures, 20);
        var lock = lockout.multipliedBy(1L << doublings);
        return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
    }
}

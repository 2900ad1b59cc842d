package dev.terrain.planner;

/**
 * A fixed appointment: the visit must start within {@code window} on {@code day}, done by
 * {@code resourceId} when that is given (null means any resource).
 */
public record Pin(int day, TimeWindow window, String resourceId) {

    public Pin {
        if (day < 0) {
            throw new IllegalArgumentException("pinned day must be >= 0 but is " + day);
        }
        if (window == null) {
            throw new IllegalArgumentException("pinned window must not be null");
        }
    }
}

package dev.terrain.planner;

/**
 * A break a rep must take on a working day: it starts between {@code earliestStart} and
 * {@code latestStart} and lasts {@code duration}. It is taken between visits; waiting time absorbs it.
 * A day that ends (back home) before {@code latestStart} needs no break.
 */
public record BreakRule(double earliestStart, double latestStart, double duration) {

    public BreakRule {
        if (!(earliestStart <= latestStart)) {
            throw new IllegalArgumentException("break earliestStart " + earliestStart + " is after latestStart " + latestStart);
        }
        if (!(duration >= 0)) {
            throw new IllegalArgumentException("break duration must be >= 0 but is " + duration);
        }
    }
}

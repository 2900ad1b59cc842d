package dev.terrain.planner;

/** Average road speed for trips whose road distance is at most {@code upToMetres}. */
public record SpeedBand(double upToMetres, double metresPerSecond) {

    public SpeedBand {
        if (!(upToMetres > 0)) {
            throw new IllegalArgumentException("upToMetres must be > 0 but is " + upToMetres);
        }
        if (!(metresPerSecond > 0)) {
            throw new IllegalArgumentException("metresPerSecond must be > 0 but is " + metresPerSecond);
        }
    }
}

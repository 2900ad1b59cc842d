package dev.terrain.customer;

/**
 * How overdue a customer's next visit is: days since the last visit against its visit frequency (its own, else
 * the company's for its category). Never visited counts as due now.
 */
public enum MapUrgency {
    /** less than 80 % of the interval has passed */
    ON_TRACK,
    /** 80 % to 100 % of the interval has passed */
    DUE_SOON,
    /** the interval has passed, by less than half of it again; or never visited */
    OVERDUE,
    /** more than one and a half intervals have passed */
    LONG_OVERDUE,
    /** no frequency applies (unknown category) */
    NO_TARGET;

    public static MapUrgency of(Long daysSinceVisit, Integer frequencyDays) {
        if (frequencyDays == null || frequencyDays <= 0) {
            return NO_TARGET;
        }
        if (daysSinceVisit == null) {
            return OVERDUE;
        }
        double ratio = (double) daysSinceVisit / frequencyDays;
        return ratio < 0.8 ? ON_TRACK : ratio < 1.0 ? DUE_SOON : ratio < 1.5 ? OVERDUE : LONG_OVERDUE;
    }
}

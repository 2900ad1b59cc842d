package dev.terrain.planner.bench;

/** One broken rule in a benchmark solution, with a message naming the route and customer. */
public record Violation(Type type, String message) {

    /** The rules the checker verifies. */
    public enum Type {
        /** A customer that must be served (VRPTW) is in no route. */
        MISSING,
        /** A customer appears more than once. */
        DUPLICATE,
        /** A route names the depot or a number that is not a customer. */
        UNKNOWN_CUSTOMER,
        /** A route carries more than the capacity. */
        CAPACITY,
        /** Service starts after the customer's due date. */
        TIME_WINDOW,
        /** A route comes back to the depot after the depot's due date (the time budget in TOPTW). */
        LATE_RETURN,
        /** More non-empty routes than vehicles (K) or paths (m). */
        TOO_MANY_ROUTES
    }

    @Override
    public String toString() {
        return type + ": " + message;
    }
}

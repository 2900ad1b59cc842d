package dev.terrain.customer;

import dev.terrain.platform.ConflictException;

/**
 * The customer changed since the caller read it: the expected version is not the stored one. Pages answer 409,
 * the REST API 412 (its {@code If-Match} failed).
 */
public class StaleCustomerException extends ConflictException {

    private final int currentVersion;

    public StaleCustomerException(CustomerId id, int expected, int current) {
        super("version", "customer " + id + " was changed by someone else (version " + current + ", expected "
                + expected + "); reload and try again");
        this.currentVersion = current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}

package dev.terrain.territory;

import dev.terrain.platform.ConflictException;

/** The caller changed a version it had read, but someone changed it since. The API answers 412. */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(int expected, int current) {
        super("version", "was " + expected + " when read, is now " + current);
    }
}

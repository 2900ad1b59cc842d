package dev.terrain.platform;

/** The request clashes with the current state (a duplicate, a stale version, the last admin). Answers 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

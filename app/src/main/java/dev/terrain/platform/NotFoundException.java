package dev.terrain.platform;

/** The requested record does not exist or is not visible to the caller; both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

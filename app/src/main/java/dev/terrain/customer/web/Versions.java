package dev.terrain.customer.web;

import dev.terrain.platform.InvalidInputException;

/**
 * A customer's version as an HTTP entity tag: {@code ETag: "7"} on reads and writes, {@code If-Match: "7"} on
 * {@code PUT} and {@code DELETE} by id (required: without it an edit could silently overwrite another's).
 */
final class Versions {

    private Versions() {
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects; {@code *} (any version: the caller knowingly overwrites)
     * takes the current one. A missing header is refused.
     */
    static int expected(String ifMatch, java.util.function.IntSupplier current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingIfMatch();
        }
        var text = ifMatch.strip();
        if (text.equals("*")) {
            return current.getAsInt();
        }
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        text = text.replace("\"", "").strip();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the customer, such as \"3\"");
        }
    }

    /** No {@code If-Match} on a request that needs one: 428. */
    static final class MissingIfMatch extends RuntimeException {
        MissingIfMatch() {
            super("send If-Match with the customer's ETag (from GET) so that no one else's change is overwritten");
        }
    }
}

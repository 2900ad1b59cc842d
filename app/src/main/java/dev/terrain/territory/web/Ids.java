package dev.terrain.territory.web;

import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import dev.terrain.territory.TerritoryId;

/** Reads ids from request text: a malformed id in the address is not found; in a body it is bad input naming the field. */
final class Ids {

    private Ids() {
    }

    static TerritoryId territory(String value) {
        return uuid(value).map(TerritoryId::new).orElseThrow(() -> new NotFoundException("Territory", value));
    }

    static UserId user(String value) {
        return uuid(value).map(UserId::new).orElseThrow(() -> new NotFoundException("User", value));
    }

    static CustomerId customer(String value) {
        return uuid(value).map(CustomerId::new).orElseThrow(() -> new NotFoundException("Customer", value));
    }

    static UUID target(String value) {
        return uuid(value).orElseThrow(() -> new NotFoundException("Target", value));
    }

    /** An optional id given as a field: blank is none, malformed names the field. */
    static UUID field(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return uuid(value).orElseThrow(() -> new InvalidInputException(field, "is not an id"));
    }

    /**
     * The version in an {@code If-Match} header ({@code "3"} or {@code W/"3"}); none or {@code *} is null (no
     * check).
     */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        var text = header.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        text = text.replace("\"", "");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be an ETag given by a read, such as \"3\"");
        }
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

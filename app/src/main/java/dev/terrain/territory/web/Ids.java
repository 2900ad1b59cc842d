package dev.terrain.territory.web;

import java.util.UUID;
import java.util.function.Function;

import dev.terrain.customer.CustomerId;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.web.RequestIds;
import dev.terrain.territory.TerritoryId;

/** Reads ids from request text: a malformed id in the address is not found; in a body it is bad input naming the field. */
final class Ids {

    private Ids() {
    }

    static TerritoryId territory(String value) {
        return RequestIds.inPath(value, "Territory", TerritoryId::new);
    }

    static UserId user(String value) {
        return RequestIds.inPath(value, "User", UserId::new);
    }

    static CustomerId customer(String value) {
        return RequestIds.inPath(value, "Customer", CustomerId::new);
    }

    static UUID target(String value) {
        return RequestIds.inPath(value, "Target", Function.identity());
    }

    /** An optional id given as a field: blank is none, malformed names the field. */
    static UUID field(String value, String field) {
        return RequestIds.optionalParameter(value, field, Function.identity());
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
}

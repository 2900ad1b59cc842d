package dev.terrain.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;

/**
 * Reads ids from request text, the same way in every module. An id in the address that is no UUID names nothing,
 * so it is not found (404) like an id nobody has; an id given as a parameter or field that is no UUID is bad input
 * naming that parameter (400).
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** The UUID written in {@code value}, spaces around it aside; empty when there is none or it is malformed. */
    public static Optional<UUID> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An id from the address, as {@code type} (e.g. {@code CustomerId::new}); malformed: {@code what} not found. */
    public static <T> T inPath(String value, String what, Function<UUID, T> type) {
        return parse(value).map(type).orElseThrow(() -> new NotFoundException(what, value));
    }

    /** A required id given as {@code parameter}: missing or malformed is bad input naming it. */
    public static <T> T parameter(String value, String parameter, Function<UUID, T> type) {
        return parse(value).map(type).orElseThrow(() -> new InvalidInputException(parameter, "is not an id"));
    }

    /** An optional id given as {@code parameter}: blank is none (null), malformed is bad input naming it. */
    public static <T> T optionalParameter(String value, String parameter, Function<UUID, T> type) {
        return value == null || value.isBlank() ? null : parameter(value, parameter, type);
    }
}

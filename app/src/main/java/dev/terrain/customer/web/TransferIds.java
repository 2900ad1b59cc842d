package dev.terrain.customer.web;

import java.util.Locale;
import java.util.UUID;

import dev.terrain.customer.TransferFilter;
import dev.terrain.customer.TransferStatus;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.web.RequestIds;

/** Reads ids and filters from request text: a malformed id in a path is not found, a bad filter names itself. */
final class TransferIds {

    private TransferIds() {
    }

    static UUID transfer(String value) {
        return RequestIds.inPath(value, "Transfer", id -> id);
    }

    static TransferFilter filter(String user, String status) {
        return new TransferFilter(RequestIds.optionalParameter(user, "user", id -> id), status(status));
    }

    private static TransferStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return TransferStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of SCHEDULED, ACTIVE, COMPLETED, RETURNED, CANCELLED");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A coordinate sent as a JSON number or text; anything else (or nothing) is {@code NaN}, i.e. invalid. */
    static Double coordinate(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Double.parseDouble(text.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return value == null ? null : Double.NaN;
    }
}

package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.terrain.customer.TransferManagement;
import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferRequest;
import dev.terrain.customer.internal.TransferTexts.Problem;

/**
 * Reads a {@link TransferRequest}, one rule per method, collecting every problem by field: a selection of 1 to
 * {@link TransferManagement#MAX_CUSTOMERS} customer ids, a target user id, a mode, and dates (a temporary
 * transfer needs an end that is not before its start; neither lies in the past; a copy is always permanent).
 */
final class TransferRules {

    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    private TransferRules(LocalDate today) {
        this.today = today;
    }

    static ValidTransfer check(TransferRequest request, LocalDate today, TransferTexts texts) {
        var rules = new TransferRules(today);
        var ids = rules.selection(request.customerIds());
        var target = rules.target(request.toUserId());
        var mode = rules.mode(request.mode());
        boolean temporary = Boolean.TRUE.equals(request.temporary());
        var startsOn = rules.startsOn(request.startsOn());
        var endsOn = rules.endsOn(request.endsOn(), temporary, startsOn);
        rules.copiesArePermanent(mode, temporary);
        texts.failOn(rules.problems);
        return new ValidTransfer(ids, target, mode, temporary, startsOn, endsOn);
    }

    private List<UUID> selection(List<String> values) {
        if (values == null || values.isEmpty()) {
            problems.add(new Problem("customerIds", "transfer.error.noCustomers"));
            return List.of();
        }
        if (values.size() > TransferManagement.MAX_CUSTOMERS) {
            problems.add(new Problem("customerIds", "transfer.error.tooManyCustomers",
                    TransferManagement.MAX_CUSTOMERS, values.size()));
            return List.of();
        }
        var ids = new LinkedHashSet<UUID>();
        for (int i = 0; i < values.size(); i++) {
            var id = uuid(values.get(i));
            if (id == null) {
                problems.add(new Problem("customerIds[" + i + "]", "transfer.error.notACustomerId"));
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private UUID target(String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem("toUserId", "transfer.error.targetRequired"));
            return null;
        }
        var id = uuid(value);
        if (id == null) {
            problems.add(new Problem("toUserId", "transfer.error.unknownTarget"));
        }
        return id;
    }

    private TransferMode mode(String value) {
        if (value == null || value.isBlank()) {
            return TransferMode.MOVE;
        }
        try {
            return TransferMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("mode", "transfer.error.mode"));
            return TransferMode.MOVE;
        }
    }

    private LocalDate startsOn(String value) {
        if (value == null || value.isBlank()) {
            return today;
        }
        var date = date("startsOn", value);
        if (date != null && date.isBefore(today)) {
            problems.add(new Problem("startsOn", "transfer.error.startsInPast"));
        }
        return date == null ? today : date;
    }

    private LocalDate endsOn(String value, boolean temporary, LocalDate startsOn) {
        boolean given = value != null && !value.isBlank();
        if (!temporary) {
            if (given) {
                problems.add(new Problem("endsOn", "transfer.error.endOfPermanent"));
            }
            return null;
        }
        if (!given) {
            problems.add(new Problem("endsOn", "transfer.error.endRequired"));
            return null;
        }
        var date = date("endsOn", value);
        if (date != null && date.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "transfer.error.endsBeforeStart"));
        }
        return date;
    }

    private void copiesArePermanent(TransferMode mode, boolean temporary) {
        if (mode == TransferMode.COPY && temporary) {
            problems.add(new Problem("mode", "transfer.error.temporaryCopy"));
        }
    }

    private LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "transfer.error.date"));
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

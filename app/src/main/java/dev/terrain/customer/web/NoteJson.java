package dev.terrain.customer.web;

import java.time.Instant;
import java.util.UUID;

import dev.terrain.customer.CustomerNote;

/** A note of the timeline in the REST API; only {@code text} is read on writes. */
record NoteJson(UUID id, UUID authorId, String authorName, Instant writtenAt, String text) {

    static NoteJson of(CustomerNote n) {
        return new NoteJson(n.id(), n.authorId() == null ? null : n.authorId().value(), n.authorName(), n.writtenAt(),
                n.text());
    }
}

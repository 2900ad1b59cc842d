package dev.terrain.customer;

import java.time.Instant;
import java.util.UUID;

import dev.terrain.organization.UserId;

/** One entry of a customer's notes timeline: who wrote what, when. */
public record CustomerNote(UUID id, CustomerId customerId, UserId authorId, String authorName, Instant writtenAt,
        String text) {
}

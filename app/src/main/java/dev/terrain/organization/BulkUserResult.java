package dev.terrain.organization;

import java.util.List;

/** What a bulk upsert did, row by row in the order sent. */
public record BulkUserResult(int created, int updated, List<Row> users) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Row(int index, UserId id, String email, Outcome outcome) {
    }
}

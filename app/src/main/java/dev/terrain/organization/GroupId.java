package dev.terrain.organization;

import java.util.UUID;

/** Identifies a group of users. */
public record GroupId(UUID value) {

    public GroupId {
        if (value == null) {
            throw new IllegalArgumentException("A group id needs a value");
        }
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

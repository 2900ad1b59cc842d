package dev.terrain.territory.internal;

/** The kind of value an account field holds, which decides the operators a rule may use on it. */
enum FieldKind {
    TEXT, CODE, NUMBER, BOOLEAN, DATE;

    /** The kind of a custom field definition's type. */
    static FieldKind ofCustomType(String type) {
        return switch (type) {
            case "NUMBER" -> NUMBER;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE" -> DATE;
            default -> TEXT;
        };
    }
}

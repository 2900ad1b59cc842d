package dev.terrain.platform;

import java.util.List;

/**
 * Input that breaks a rule. Answered with 400 and a problem document naming every failing field (or row).
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One failing field; {@code field} may carry a row prefix such as {@code users[3].email}. */
    public record FieldProblem(String field, String message) {
    }
}

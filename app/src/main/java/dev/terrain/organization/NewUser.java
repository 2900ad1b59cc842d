package dev.terrain.organization;

/**
 * A user just created. {@code generatedPassword} is set when nobody chose a password: it is shown once and
 * never stored in clear.
 */
public record NewUser(UserView user, String generatedPassword) {
}

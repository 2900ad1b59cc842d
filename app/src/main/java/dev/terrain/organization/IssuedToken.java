package dev.terrain.organization;

/** A token just created, with its secret: the only time the secret is available. */
public record IssuedToken(ApiToken token, String secret) {
}

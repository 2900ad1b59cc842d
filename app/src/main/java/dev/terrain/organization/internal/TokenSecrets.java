package dev.terrain.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: {@code trn_} and 32 random bytes in URL-safe Base64. Only their SHA-256 hash and a short
 * prefix (to recognise a token in lists) are stored; a fast hash is enough for 256 random bits.
 */
final class TokenSecrets {

    static final String PREFIX = "trn_";
    static final int RANDOM_BYTES = 32;
    static final int SHOWN_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The visible start of a secret, e.g. {@code trn_Ab12Cd34}. */
    static String shownPart(String secret) {
        return secret.substring(0, Math.min(SHOWN_LENGTH, secret.length()));
    }

    /** Cheap shape check before any database work: a Terrain token, of sane length. */
    static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() <= 100;
    }
}

package dev.terrain.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * A named API token as lists show it; the secret itself is never stored, only its hash.
 *
 * @param prefix     the visible start of the secret, e.g. {@code trn_Ab12Cd34}, to recognise it
 * @param lastUsedAt when it last signed a request in (to the minute), or null
 * @param revokedAt  when it was revoked, or null while it works
 */
public record ApiToken(UUID id, String name, String prefix, UserId ownerId, String ownerEmail, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean ownedBy(CurrentUser user) {
        return ownerId.equals(user.id());
    }
}

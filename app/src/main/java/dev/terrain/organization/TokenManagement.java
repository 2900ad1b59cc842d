package dev.terrain.organization;

import java.util.UUID;

import org.springframework.data.domain.Page;

/**
 * API tokens: a user creates named tokens that act as them on {@code /api/v1}, sees them listed, and revokes
 * them. Admins list and revoke everyone's. Creating and revoking are audited.
 */
public interface TokenManagement {

    int MAX_NAME_LENGTH = 200;
    int MAX_ACTIVE_PER_USER = 25;
    int MAX_PAGE_SIZE = 100;

    /**
     * Creates a token for the user; needs {@link Action#USE_API}.
     *
     * @throws dev.terrain.platform.InvalidInputException when the name is blank or too long
     * @throws dev.terrain.platform.ConflictException     when the user already has the maximum of live tokens
     */
    IssuedToken create(CurrentUser user, String name);

    /** The user's tokens, or everyone's ({@code everyone}, admins only), newest first. */
    Page<ApiToken> list(CurrentUser user, boolean everyone, int page, int size);

    /**
     * Revokes a token of the user's (admins: anyone's); revoking twice changes nothing.
     *
     * @throws dev.terrain.platform.NotFoundException when there is no such token the user may see
     */
    ApiToken revoke(CurrentUser user, UUID tokenId);
}

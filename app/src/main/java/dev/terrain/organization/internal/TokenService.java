package dev.terrain.organization.internal;

import java.util.UUID;

import dev.terrain.organization.Action;
import dev.terrain.organization.ApiToken;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.IssuedToken;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.TokenManagement;
import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TokenService implements TokenManagement {

    private final ApiTokens tokens;
    private final Permissions permissions;
    private final AuditLog auditLog;

    TokenService(ApiTokens tokens, Permissions permissions, AuditLog auditLog) {
        this.tokens = tokens;
        this.permissions = permissions;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public IssuedToken create(CurrentUser user, String name) {
        permissions.check(user, Action.USE_API);
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name",
                    "Give the token a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (tokens.countActive(user.id()) >= MAX_ACTIVE_PER_USER) {
            throw new ConflictException(null,
                    "You already have " + MAX_ACTIVE_PER_USER + " live tokens; revoke one first.");
        }
        var secret = TokenSecrets.generate();
        var id = UUID.randomUUID();
        tokens.insert(id, user.id(), trimmed, TokenSecrets.hash(secret), TokenSecrets.shownPart(secret));
        auditLog.record("api_token", id, "created", "name: " + trimmed + ", user: " + user.email());
        return new IssuedToken(tokens.find(id).orElseThrow(), secret);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApiToken> list(CurrentUser user, boolean everyone, int page, int size) {
        if (everyone && !user.isAdmin()) {
            throw new AccessDeniedException("Only admins list everyone's tokens");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "The page number starts at 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "The page size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
        var owner = everyone ? null : user.id();
        var content = tokens.page(owner, (long) page * size, size);
        return new PageImpl<>(content, PageRequest.of(page, size), tokens.count(owner));
    }

    @Override
    @Transactional
    public ApiToken revoke(CurrentUser user, UUID tokenId) {
        var token = tokens.find(tokenId)
                .filter(found -> user.isAdmin() || found.ownedBy(user))
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (tokens.revoke(tokenId)) {
            auditLog.record("api_token", tokenId, "revoked", "name: " + token.name() + ", user: " + token.ownerEmail());
        }
        return tokens.find(tokenId).orElseThrow();
    }
}

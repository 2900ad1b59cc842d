package dev.terrain.organization.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import dev.terrain.organization.ApiToken;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.TokenManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API tokens over REST. The caller is signed in by a token already; the first token comes from the web page. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Tokens that act as their user on /api/v1")
class TokensApiController {

    private final TokenManagement tokens;

    TokensApiController(TokenManagement tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Create a token", description = "The response holds the secret; it is never shown again.")
    ResponseEntity<CreatedToken> create(@RequestBody NewToken request, CurrentUser user) {
        var issued = tokens.create(user, request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(new CreatedToken(TokenJson.of(issued.token()), issued.secret()));
    }

    @GetMapping
    @Operation(summary = "List tokens", description = "Your tokens, newest first; admins pass all=true for everyone's.")
    PagedModel<TokenJson> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "false") boolean all,
            CurrentUser user) {
        return new PagedModel<>(tokens.list(user, all, page, size).map(TokenJson::of));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token", description = "Your own; admins any. Revoking twice is harmless.")
    ResponseEntity<Void> revoke(@PathVariable UUID id, CurrentUser user) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    record NewToken(String name) {
    }

    record TokenJson(UUID id, String name, String prefix, String owner, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt, boolean revoked) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id(), token.name(), token.prefix(), token.ownerEmail(), token.createdAt(),
                    token.lastUsedAt(), token.revokedAt(), token.revoked());
        }
    }

    record CreatedToken(TokenJson token, String secret) {
    }
}

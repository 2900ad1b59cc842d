package dev.terrain.organization.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the user of its {@code Authorization: Bearer trn_...} token. A request without
 * the header passes on anonymously (and gets a 401 from the entry point); a token that is unknown, revoked or
 * belongs to a deactivated user is answered with 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final SecurityProblems problems;

    BearerTokenFilter(ApiTokens tokens, SecurityProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var secret = header.substring(BEARER.length()).trim();
        var holder = TokenSecrets.looksLikeToken(secret)
                ? tokens.holderOf(TokenSecrets.hash(secret)) : Optional.<ApiTokens.TokenHolder>empty();
        if (holder.isEmpty()) {
            problems.invalidToken(response);
            return;
        }
        var live = holder.get();
        if (live.lastUsedAt() == null || live.lastUsedAt().isBefore(Instant.now().minus(TOUCH_EVERY))) {
            tokens.touch(live.tokenId());
        }
        var account = new SignInAccount(live.user(), null, true, false);
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }
}

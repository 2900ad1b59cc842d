package dev.terrain.organization.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user of a web session on every page request: a deactivated (or deleted) user is signed
 * out at once, and a changed role or name applies without signing in again.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    private final SignInAccounts accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    ActiveAccountFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignInAccount account) {
            var now = accounts.activeUser(account.user().id());
            if (now.isEmpty()) {
                strategy.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().equals(account.user())) {
                var refreshed = new SignInAccount(now.get(), null, true, false);
                var context = strategy.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                        refreshed.getAuthorities()));
                strategy.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}

package dev.terrain.organization.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers the API's security failures as {@code application/problem+json}: 401 without a usable token, 403
 * when the token's user may not do what they asked.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String MISSING = "Send an API token in the header 'Authorization: Bearer trn_...'.";
    static final String INVALID = "The API token is unknown or revoked, or its user is deactivated.";
    static final String DENIED = "You may not do this.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        unauthorized(response, MISSING, "Bearer");
    }

    void invalidToken(HttpServletResponse response) throws IOException {
        unauthorized(response, INVALID, "Bearer error=\"invalid_token\"");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", DENIED);
    }

    private static void unauthorized(HttpServletResponse response, String detail, String challenge)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** The texts are constants without quotes or backslashes, so they go into the JSON as they are. */
    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}

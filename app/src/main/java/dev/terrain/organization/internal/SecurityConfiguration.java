package dev.terrain.organization.internal;

import dev.terrain.organization.Action;
import dev.terrain.organization.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two ways in: a form sign-in with a CSRF-protected session for the web UI, and bearer API tokens for
 * {@code /api/**}, which never get a session (the session cookie is ignored there, so the API needs no CSRF
 * token). Both chains send the same protective headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    private final boolean secureCookies;

    SecurityConfiguration(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Permissions permissions) throws Exception {
        var problems = new SecurityProblems();
        return http.securityMatcher("/api/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(mayUseApi(permissions)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> protectiveHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignInAccounts accounts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(headers -> protectiveHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * No sniffing, no framing, same-origin referrers, and HSTS: on HTTPS requests, or on every request when the
     * operator declared HTTPS with {@code TERRAIN_SECURE_COOKIES=true} (TLS usually ends at a proxy).
     */
    private HeadersConfigurer<HttpSecurity> protectiveHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> {
                    hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR);
                    if (secureCookies) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                    }
                });
    }

    /** An API request needs a token's user who holds {@link Action#USE_API}; anonymous requests get a 401. */
    private static AuthorizationManager<RequestAuthorizationContext> mayUseApi(Permissions permissions) {
        return (authentication, context) -> {
            var principal = authentication.get() == null ? null : authentication.get().getPrincipal();
            return new AuthorizationDecision(principal instanceof SignInAccount account
                    && permissions.allows(account.user(), Action.USE_API));
        };
    }
}

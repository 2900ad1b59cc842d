package dev.terrain.organization.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares in the OpenAPI document that every {@code /api/v1} operation takes a bearer API token, so that the
 * Swagger page's "Authorize" button sends it. The API never accepts the session cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer bearerTokens() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("An API token (trn_...) created on the API tokens page."));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}

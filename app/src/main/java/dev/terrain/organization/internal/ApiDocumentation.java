package dev.terrain.organization.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the OpenAPI document (Terrain API, the application's version) and declares that every {@code /api/v1}
 * operation takes a bearer API token, so that the Swagger page's "Authorize" button sends it. The API never
 * accepts the session cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer apiDocument(@Value("${info.app.version:}") String version) {
        return openApi -> {
            openApi.setInfo(new Info()
                    .title("Terrain API")
                    .version(version.isBlank() || version.startsWith("@") ? "development" : version)
                    .description("The REST API of one Terrain company. Every call takes an API token as a bearer "
                            + "token; errors come as problem details (RFC 9457)."));
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

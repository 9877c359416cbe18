package uk.socialvalue.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The API description every service shares: its name, and the {@value #BEARER} scheme that operations
 * needing a token refer to with {@code @SecurityRequirement(name = "bearer")}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiConfiguration {

    /** The name of the bearer-token security scheme in every service's OpenAPI document. */
    public static final String BEARER = "bearer";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI svukOpenApi(@Value("${spring.application.name}") String application) {
        return new OpenAPI()
                .info(new Info().title("SVUK " + application)
                        .description("Part of the SVUK platform. Tokens come from membership-service's "
                                + "POST /api/auth/token; send them as 'Authorization: Bearer <token>'."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}

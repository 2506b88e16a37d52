package piggyback.api.docs;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;

/** The OpenAPI document at /v3/api-docs, with the seed's title and tags. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI piggybackOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Piggyback Learning API").version("0.2.0")
                        .description("Auth uses session cookies: parent/expert login via POST /api/expert/login,"
                                + " child login via POST /api/learners/parents/login, the parents' page via"
                                + " POST /api/parents/login, admin via"
                                + " POST /api/admin/verify-access."))
                .tags(List.of(
                        new Tag().name("auth").description("Login and logout for all roles"),
                        new Tag().name("kids").description("Child-facing quiz and video routes"),
                        new Tag().name("expert").description("Parent/expert question review and video management"),
                        new Tag().name("admin").description("Admin-only routes for video processing and account management"),
                        new Tag().name("parents").description("A family's own routes: its children's data, export and erasure"),
                        new Tag().name("media").description("Text-to-speech and media utilities")));
    }
}

package piggyback.api.docs;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import piggyback.api.security.CurrentCaller;

/**
 * The OpenAPI document at /v3/api-docs, with the seed's title and tags, one session-cookie scheme
 * per role, and every operation typed by {@link TypedOperations}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // the signed-in caller is resolved from the session, never sent by the client
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentCaller.class);
    }

    /** How each role opens the session its cookie carries. */
    private static final Map<String, String> SIGN_INS = Map.of(
            "admin", "POST /api/admin/verify-access {password}",
            "expert", "POST /api/expert/login {access_code} or {expert_id, password}",
            "parent", "POST /api/parents/login {parent_id, password} (the parents' page)",
            "learner", "POST /api/learners/parents/login {access_code} (a parent's family code or an expert's class code)");

    static String sessionScheme(String role) {
        if (!SIGN_INS.containsKey(role)) {
            throw new IllegalStateException("operations.yaml names an unknown role: " + role);
        }
        return role + "Session";
    }

    @Bean
    OpenAPI piggybackOpenApi() {
        Components components = new Components();
        SIGN_INS.forEach((role, signIn) -> components.addSecuritySchemes(sessionScheme(role), new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("SESSION")
                .description("The SESSION cookie of a " + role + " session, set by " + signIn + ".")));
        return new OpenAPI()
                .info(new Info().title("Piggyback Learning API").version("0.2.0")
                        .description("Auth uses session cookies: parent/expert login via POST /api/expert/login,"
                                + " child login via POST /api/learners/parents/login, the parents' page via"
                                + " POST /api/parents/login, admin via POST /api/admin/verify-access."
                                + " Each operation names the roles whose session may call it.\n\n"
                                + "Errors: one envelope per route family, whatever the status and whichever layer"
                                + " refused, decided by the path (each operation's default answer):"
                                + " DetailError {\"detail\"} for /api/admin/** (but the sign-in), /api/reports/**,"
                                + " /api/ops/**, /api/download, /api/frames/**, /api/submit-questions, /downloads/**"
                                + " and pages; ErrorError {\"success\": false, \"error\"} for"
                                + " POST /api/learners/parents/login, GET /api/final-questions/{video_id},"
                                + " POST /api/transcribe and PUT /api/expert/my-login-code; MessageError"
                                + " {\"success\": false, \"message\"} for every other route (sign-ins, expert, parent"
                                + " and learner routes). A 422 (a body or parameter that cannot be read) carries FastAPI's validation"
                                + " items under detail: the whole detail of the admin family (DetailValidationError),"
                                + " beside the message or error of the others."))
                // relative: the document works wherever the API is served (behind a proxy, on another origin)
                .servers(List.of(new Server().url("/")))
                .components(components)
                .tags(List.of(
                        new Tag().name("auth").description("Login and logout for all roles"),
                        new Tag().name("kids").description("Child-facing quiz and video routes"),
                        new Tag().name("expert").description("Parent/expert question review and video management"),
                        new Tag().name("admin").description("Admin-only routes for video processing and account management"),
                        new Tag().name("parents").description("A family's own routes: its children's data, export and erasure"),
                        new Tag().name("media").description("Text-to-speech and media utilities"),
                        new Tag().name("ops").description("The operator's view of pipeline runs")));
    }

    @Bean
    OpenApiCustomizer typedOperations() {
        return new TypedOperations();
    }
}

package piggyback.api.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * docs/api-contract.md and the running OpenAPI document name the same routes: every path and method
 * the application documents has its own heading in the contract ({@code ### GET /api/config}), and
 * every heading there is a route the application serves, so neither can drift from the other.
 */
class ApiContractDocTest extends ApiTest {

    private static final Pattern HEADING = Pattern.compile(
            "^###\\s+`?(GET|POST|PUT|PATCH|DELETE)\\s+(/\\S*?)`?\\s*$", Pattern.MULTILINE);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void theContractAndTheOpenApiDocumentNameTheSameRoutes() throws IOException {
        Set<String> served = served(anonymous().get("/v3/api-docs").expect(200).json().path("paths"));
        Set<String> documented = documentedRoutes();

        assertThat(served).as("routes in /v3/api-docs").isNotEmpty();
        assertSoftly(both -> {
            both.assertThat(difference(served, documented)).as("served but missing from docs/api-contract.md").isEmpty();
            both.assertThat(difference(documented, served)).as("in docs/api-contract.md but not served").isEmpty();
        });
    }

    /** The operations of a document's paths, as {@code "METHOD /path"}. */
    static Set<String> served(JsonNode paths) {
        Set<String> served = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    served.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return served;
    }

    static Set<String> documentedRoutes() throws IOException {
        Path contract = Path.of("..", "docs", "api-contract.md");
        Matcher heading = HEADING.matcher(Files.readString(contract));
        Set<String> routes = new TreeSet<>();
        while (heading.find()) {
            routes.add(heading.group(1) + " " + heading.group(2));
        }
        return routes;
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}

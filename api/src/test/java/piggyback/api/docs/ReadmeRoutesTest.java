package piggyback.api.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;

/**
 * The README's route table ("A short tour of the API") and the OpenAPI document name the same
 * operations, path parameters compared by position only ({@code {child_id}} is {@code {childId}}).
 */
class ReadmeRoutesTest extends ApiTest {

    private static final Pattern ROUTE = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/[^`\\s]*)`");

    @Test
    void theReadmeRouteTableListsEveryOperationOfTheDocumentAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        ApiContractDocTest.served(anonymous().get("/v3/api-docs").expect(200).json().path("paths"))
                .forEach(route -> documented.add(placeholders(route)));
        Set<String> listed = tableRoutes();

        assertThat(listed).as("routes in the README's table").hasSizeGreaterThan(10);
        assertSoftly(both -> {
            both.assertThat(ApiContractDocTest.difference(documented, listed)).as("in /v3/api-docs but not in the README's table").isEmpty();
            both.assertThat(ApiContractDocTest.difference(listed, documented)).as("in the README's table but not in /v3/api-docs").isEmpty();
        });
    }

    /** The routes of the table that follows the tour: the rows after {@code | area | routes |}. */
    static Set<String> tableRoutes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("| area | routes |");
        assertThat(start).as("the README's route table").isNotNegative();
        int end = readme.indexOf("\n\n", start);
        Matcher route = ROUTE.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Set<String> routes = new TreeSet<>();
        while (route.find()) {
            routes.add(route.group(1) + " " + placeholders(route.group(2)));
        }
        return routes;
    }

    private static String placeholders(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}

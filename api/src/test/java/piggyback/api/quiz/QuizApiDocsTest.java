package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** The quiz and report routes appear in the API document under the seed's summaries and tags. */
class QuizApiDocsTest extends ApiTest {

    @Test
    void eachRouteHasTheSeedsSummaryAndTag() {
        JsonNode paths = anonymous().get("/v3/api-docs").expect(200).json().path("paths");

        assertOperation(paths.path("/api/save-quiz-score").path("post"), "kids",
                "Save a completed quiz attempt for a child");
        assertOperation(paths.path("/api/get-quiz-scores/{childId}").path("get"), "kids",
                "Get all quiz attempts for a child");
        assertOperation(paths.path("/api/learners/children/{childId}/report").path("get"), "kids",
                "Get report for a child");
        assertOperation(paths.path("/api/reports/child/{childId}").path("get"), "admin",
                "Get full report for a child (admin view)");
        assertOperation(paths.path("/api/expert/report").path("get"), "expert",
                "Get the child progress report for the logged-in expert");
    }

    private static void assertOperation(JsonNode operation, String tag, String summary) {
        assertThat(operation.path("summary").asString()).isEqualTo(summary);
        assertThat(operation.path("tags").toString()).isEqualTo("[\"" + tag + "\"]");
    }
}

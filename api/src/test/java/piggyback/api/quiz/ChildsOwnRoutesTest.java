package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A child's own routes hold to the same rules as its videos and player: attempts only for a video
 * the child may see, and a deactivated child is gone from all of them (404) until reactivated.
 */
class ChildsOwnRoutesTest extends QuizApiTest {

    @Test
    void anAttemptForAVideoTheChildMayNotSeeIsRefusedAndNothingIsSaved() {
        Family family = family();
        Family other = family();
        ApiClient device = learnerOf(family);

        JsonNode unknown = device.postJson("/api/save-quiz-score", nested(family.childId(), "no_such_video_" + unique(),
                1, 1, 0, 100, 0, List.of())).expect(403).json();
        device.postJson("/api/save-quiz-score", nested(family.childId(), videoOf(other), 1, 1, 0, 100, 0, List.of()))
                .expect(403);
        admin().postJson("/api/save-quiz-score", nested(family.childId(), videoOf(other), 1, 1, 0, 100, 0, List.of()))
                .expect(403);

        assertThat(unknown.path("success").asBoolean()).isFalse();
        assertThat(unknown.path("message").asString()).isEqualTo("This video is not one of the child's videos");
        assertThat(attemptsOf(family.childId())).isZero();
        device.postJson("/api/save-quiz-score", nested(family.childId(), videoOf(family), 1, 1, 0, 100, 0, List.of()))
                .expect(200);
        assertThat(attemptsOf(family.childId())).isEqualTo(1);
    }

    @Test
    void aDeactivatedChildIsNotFoundOnItsOwnRoutesAndNothingChanges() {
        Family family = family();
        ApiClient device = learnerOf(family);
        String video = videoOf(family);
        String child = family.childId();
        device.postJson("/api/save-quiz-score", nested(child, video, 1, 1, 0, 100, 0, List.of())).expect(200);
        admin().post("/api/admin/children/" + child + "/deactivate").expect(200);

        for (ApiClient caller : List.of(device, expertOf(family))) {
            assertThat(caller.get("/api/learners/children/" + child + "/report").expect(404).json()
                    .path("message").asString()).isEqualTo("Child not found");
            caller.get("/api/get-quiz-scores/" + child).expect(404);
            caller.postJson("/api/save-quiz-score", nested(child, video, 1, 1, 0, 100, 0, List.of())).expect(404);
        }
        expertOf(family).putJson("/api/learners/children/" + child + "/interaction-mode",
                Map.of("interaction_mode", "strict")).expect(404);

        assertThat(attemptsOf(child)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT interaction_mode FROM children WHERE child_id = ?").param(child)
                .query(String.class).single()).isEqualTo("flexible");
        // the admin's and the expert's management views still show its history
        admin().get("/api/reports/child/" + child).expect(200);
        expertOf(family).get("/api/expert/report?child_id=" + child).expect(200);
    }
}

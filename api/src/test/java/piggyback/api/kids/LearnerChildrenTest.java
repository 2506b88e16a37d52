package piggyback.api.kids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** GET /api/learners/experts/{expert_id}/children for the callers allowed to see it. */
class LearnerChildrenTest extends ApiTest {

    @Test
    void theExpertSeesItsActiveChildrenOnly() {
        // reference acceptance tests A6 and A7
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String liam = newChild(expertId, null, "Liam");
        String gone = newChild(expertId, null, "Gone");
        admin().post("/api/admin/children/" + gone + "/deactivate").expect(200);

        JsonNode reply = expert(expertId, password).get("/api/learners/experts/" + expertId + "/children")
                .expect(200).json();

        assertThat(reply.path("expert").path("expert_id").asString()).isEqualTo(expertId);
        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(liam);
        assertThat(reply.path("children").get(0).path("first_name").asString()).isEqualTo("Liam");
        assertThat(reply.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void aLearnerOfTheExpertsClassCodeSeesTheChildrenItLoggedInWith() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String own = newChild(expertId, null, "Own");
        newChild(expertId, newParent("p-" + unique()), "Parented");

        JsonNode reply = learner(newClassCode(expertId, password)).get("/api/learners/experts/" + expertId.toUpperCase() + "/children")
                .expect(200).json();

        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(own);
    }

    @Test
    void anUnknownOrInactiveExpertIs404ForAnAdminWithAnEmptyChildrenList() {
        String expertId = newExpert("pw-" + unique());
        admin().post("/api/admin/experts/" + expertId + "/deactivate").expect(200);

        JsonNode inactive = admin().get("/api/learners/experts/" + expertId + "/children").expect(404).json();
        JsonNode unknown = admin().get("/api/learners/experts/nobody_" + unique() + "/children").expect(404).json();

        assertThat(inactive.path("message").asString()).isEqualTo("Expert not found");
        assertThat(inactive.path("children").isArray()).isTrue();
        assertThat(unknown.path("success").asBoolean()).isFalse();
    }

    @Test
    void aBlankExpertIdIs400() {
        JsonNode reply = admin().get("/api/learners/experts/%20/children").expect(400).json();

        assertThat(reply.path("message").asString()).isEqualTo("expert_id is required");
        assertThat(reply.path("children").size()).isZero();
    }

    @Test
    void aDeactivatedParentsLearnerSessionEndsAtOnce() {
        String code = "fam-" + unique();
        String parentId = newParent(code);
        var device = learner(code);
        device.get("/api/learners/experts/x_" + unique() + "/children").expect(403);

        admin().putJson("/api/admin/parents/" + parentId, Map.of("is_active", false)).expect(200);

        device.get("/api/learners/experts/x_" + unique() + "/children").expect(401);
    }
}

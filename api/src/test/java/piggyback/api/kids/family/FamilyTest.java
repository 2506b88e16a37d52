package piggyback.api.kids.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import tools.jackson.databind.JsonNode;

/** GET /api/learners/children and PUT /api/learners/children/{id}/interaction-mode: a family's own children only. */
class FamilyTest extends KidsApiTest {

    @Test
    void aFamilySessionListsItsActiveChildrenAndAnExpertItsOwn() {
        Family family = family();
        String sister = newChild(family.expertId(), parentOf(family), "Sister");
        Family other = family();
        String inactive = newChild(family.expertId(), parentOf(family), "Gone");
        admin().post("/api/admin/children/" + inactive + "/deactivate").expect(200);

        JsonNode mine = learner(family.parentCode()).get("/api/learners/children").expect(200).json();

        assertThat(mine.path("children").findValuesAsString("child_id"))
                .containsExactlyInAnyOrder(family.childId(), sister);
        assertThat(mine.path("count").asInt()).isEqualTo(2);
        assertThat(expert(other.expertId(), other.expertPassword()).get("/api/learners/children").expect(200).json()
                .path("children").findValuesAsString("child_id")).containsExactly(other.childId());
        anonymous().get("/api/learners/children").expect(401);
    }

    @Test
    void theParentAndTheExpertMayChangeTheModeOfTheirChildOnlyAndTheDeviceMayNot() {
        Family family = family();
        Family other = family();
        String parentPassword = "parent-pw-" + unique();
        admin().putJson("/api/admin/parents/" + parentOf(family), Map.of("parent_password", parentPassword))
                .expect(200);
        ApiClient parent = parent(parentOf(family), parentPassword);
        ApiClient device = learner(family.parentCode());
        String path = "/api/learners/children/" + family.childId() + "/interaction-mode";

        JsonNode changed = parent.putJson(path, Map.of("interaction_mode", " Strict ")).expect(200).json();

        assertThat(changed.path("child").path("interaction_mode").asString()).isEqualTo("strict");
        assertThat(mode(family.childId())).isEqualTo("strict");
        expert(family.expertId(), family.expertPassword()).putJson(path, Map.of("interaction_mode", "passive"))
                .expect(200);
        assertThat(mode(family.childId())).isEqualTo("passive");

        assertThat(device.putJson(path, Map.of("interaction_mode", "strict")).expect(403).json()
                .path("message").asString()).isEqualTo("Only a parent can change how questions are asked");
        parent.putJson("/api/learners/children/" + other.childId() + "/interaction-mode",
                Map.of("interaction_mode", "strict")).expect(403);
        expert(other.expertId(), other.expertPassword()).putJson(path, Map.of("interaction_mode", "strict"))
                .expect(403);
        assertThat(parent.putJson(path, Map.of("interaction_mode", "sleepy")).expect(400).json()
                .path("message").asString()).isEqualTo("interaction_mode is invalid");
        parent.putJson(path, Map.of()).expect(400);
        anonymous().putJson(path, Map.of("interaction_mode", "strict")).expect(401);
        assertThat(mode(family.childId())).isEqualTo("passive");
        assertThat(mode(other.childId())).isEqualTo("flexible");
    }

    private String mode(String childId) {
        return jdbc.sql("SELECT interaction_mode FROM children WHERE child_id = ?").param(childId)
                .query(String.class).single();
    }

    private String parentOf(Family family) {
        return jdbc.sql("SELECT parent_id FROM children WHERE child_id = ?").param(family.childId())
                .query(String.class).single();
    }
}

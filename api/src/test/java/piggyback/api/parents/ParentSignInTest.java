package piggyback.api.parents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** The parent gate: the parents' page opens with the parent's own password, never the family code. */
class ParentSignInTest extends ApiTest {

    @Test
    void aParentSignsInWithItsPasswordAndSeesOnlyItsChildren() {
        String code = "fam-" + unique();
        String password = "parent-pw-" + unique();
        String parentId = newParent(code, password);
        String expertId = newExpert("pw-" + unique());
        String mine = newChild(expertId, parentId, "Mine");
        newChild(expertId, newParent("other-" + unique()), "Theirs");

        JsonNode login = anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId.toUpperCase(),
                "password", password)).expect(200).json();
        JsonNode family = parent(parentId, password).get("/api/parents/children").expect(200).json();

        assertThat(login.path("parent").path("parent_id").asString()).isEqualTo(parentId);
        assertThat(family.path("children").findValuesAsString("child_id")).containsExactly(mine);
        assertThat(family.path("retention_days").asInt()).isEqualTo(365);
    }

    @Test
    void theFamilyCodeOpensTheDeviceButNotTheParentsPage() {
        String code = "fam-" + unique();
        String parentId = newParent(code, "parent-pw-" + unique());
        String childId = newChild(newExpert("pw-" + unique()), parentId, "Kid");
        ApiClient device = learner(code);

        anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId, "password", code)).expect(401);
        assertThat(device.get("/api/parents/children").expect(403).json().path("message").asString())
                .isEqualTo("Parent access required");
        device.putJson("/api/learners/children/" + childId + "/interaction-mode", Map.of("interaction_mode", "passive"))
                .expect(403);
        device.get("/api/parents/children/" + childId + "/export").expect(403);
        device.delete("/api/parents/children/" + childId + "/attempts").expect(403);
        device.delete("/api/parents/children/" + childId).expect(403);
        // what the device is for still works
        device.get("/api/learners/children/" + childId + "/report").expect(200);
        device.get("/api/get-quiz-scores/" + childId).expect(200);
    }

    @Test
    void aParentWithoutAPasswordCannotSignInAndWrongLoginsAre401() {
        String parentId = newParent("fam-" + unique());

        JsonNode refused = anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId, "password", ""))
                .expect(401).json();
        anonymous().postJson("/api/parents/login", Map.of("parent_id", "nobody-" + unique(), "password", "whatever1"))
                .expect(401);

        assertThat(refused.path("success").asBoolean()).isFalse();
        assertThat(refused.path("message").asString()).isEqualTo("Invalid parent ID or password");
    }

    @Test
    void theParentPasswordIsEightToSixtyFourCharacters() {
        ApiClient admin = admin();
        String parentId = "par_" + unique();

        assertThat(admin.postJson("/api/admin/parents", Map.of("parent_id", parentId, "display_name", "P",
                "parent_password", "short7!")).expect(400).json().path("detail").asString())
                .isEqualTo("parent_password must be 8-64 characters");
        admin.postJson("/api/admin/parents", Map.of("parent_id", parentId, "display_name", "P",
                "parent_password", "x".repeat(65))).expect(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM parents WHERE parent_id = ?").param(parentId)
                .query(Integer.class).single()).isZero();
        JsonNode created = admin.postJson("/api/admin/parents", Map.of("parent_id", parentId, "display_name", "P",
                "parent_password", "x".repeat(64))).expect(200).json();
        assertThat(created.path("parent").path("has_password").asBoolean()).isTrue();
    }

    @Test
    void aOneTimeLinkLetsTheParentChooseItsPasswordOnce() {
        String parentId = newParent("fam-" + unique());
        JsonNode link = admin().post("/api/admin/parents/" + parentId + "/password-link").expect(200).json();
        String token = link.path("link").asString().substring("/parents/password#".length());

        anonymous().postJson("/api/parents/password", Map.of("token", token, "password", "short")).expect(400);
        JsonNode chosen = anonymous().postJson("/api/parents/password",
                Map.of("token", token, "password", "my own secret")).expect(200).json();
        JsonNode again = anonymous().postJson("/api/parents/password",
                Map.of("token", token, "password", "another secret")).expect(400).json();

        assertThat(link.path("expires_at").asString()).isNotBlank();
        assertThat(chosen.path("parent_id").asString()).isEqualTo(parentId);
        assertThat(again.path("message").asString()).contains("expired or was used already");
        parent(parentId, "my own secret");
        anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId, "password", "another secret"))
                .expect(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM parent_password_links WHERE token_digest = ?")
                .param(piggyback.storage.Digests.sha256(token)).query(Integer.class).single()).isZero();
    }

    @Test
    void aNewLinkOrANewPasswordEndsWhatCameBefore() {
        String password = "parent-pw-" + unique();
        String parentId = newParent("fam-" + unique(), password);
        ApiClient page = parent(parentId, password);
        String firstToken = admin().post("/api/admin/parents/" + parentId + "/password-link").expect(200).json()
                .path("link").asString().split("#")[1];
        admin().post("/api/admin/parents/" + parentId + "/password-link").expect(200);

        anonymous().postJson("/api/parents/password", Map.of("token", firstToken, "password", "new secret 1"))
                .expect(400);
        admin().putJson("/api/admin/parents/" + parentId, Map.of("parent_password", "new secret 2")).expect(200);

        page.get("/api/parents/children").expect(401);
        parent(parentId, "new secret 2");
    }
}

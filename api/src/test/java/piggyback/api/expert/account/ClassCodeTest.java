package piggyback.api.expert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.Digests;
import tools.jackson.databind.JsonNode;

/**
 * An expert's class code opens its classroom's devices and never the expert's account; the
 * expert's personal code signs the expert in and opens no device (docs/decisions/0027-class-codes.md).
 * Refused class codes count in the login throttle ({@link CodeChangesTest}).
 */
class ClassCodeTest extends ApiTest {

    private static final String CHILD_LOGIN = "/api/learners/parents/login";
    private static final String CLASS_CODE = "/api/expert/class-code";
    private static final String UNUSABLE_CODE = "This code cannot be used. Please choose a different one.";

    // ---- where each code opens ----

    @Test
    void theExpertsPersonalCodesAreRefusedOnADeviceAsUnknownCodesButStillSignTheExpertIn() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        newChild(expertId, null, "Solo");
        String chosen = "mine-" + unique();
        ApiClient device = anonymous();

        JsonNode first = device.postJson(CHILD_LOGIN, Map.of("access_code", password)).expect(401).json();
        expert(expertId, password).putJson("/api/expert/my-login-code", Map.of("login_code", chosen)).expect(200);
        JsonNode chosenOne = device.postJson(CHILD_LOGIN, Map.of("access_code", chosen)).expect(401).json();

        assertThat(first.path("success").asBoolean()).isFalse();
        assertThat(first.path("error").asString()).isEqualTo("Invalid Login Code. Please try again.");
        assertThat(chosenOne).isEqualTo(first);
        assertThat(failuresOf("client:" + device.address())).isEqualTo(2);
        device.get("/api/learners/children").expect(401);
        JsonNode login = anonymous().postJson("/api/expert/login", Map.of("access_code", chosen)).expect(200).json();
        assertThat(login.path("expert").path("expert_id").asString()).isEqualTo(expertId);
    }

    @Test
    void aClassCodeOpensADeviceWithTheExpertsActiveChildrenWithoutAParentOnly() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String solo = newChild(expertId, null, "Solo");
        String asleep = newChild(expertId, null, "Asleep");
        admin().post("/api/admin/children/" + asleep + "/deactivate").expect(200);
        newChild(expertId, newParent("fam-" + unique()), "Parented");
        newChild(newExpert("pw-" + unique()), null, "Elsewhere");
        String classCode = newClassCode(expertId, password);
        ApiClient device = anonymous();

        JsonNode login = device.postJson(CHILD_LOGIN, Map.of("access_code", classCode)).expect(200).json();

        assertThat(login.path("parent").path("parent_id").asString()).isEqualTo(expertId);
        assertThat(login.path("children").findValuesAsString("child_id")).containsExactly(solo);
        assertThat(login.toString()).doesNotContain(classCode);
        assertThat(device.get("/api/learners/children").expect(200).json().path("children")
                .findValuesAsString("child_id")).containsExactly(solo);
        device.get("/api/expert/parents").expect(403);
    }

    @Test
    void aClassCodeNeverSignsTheExpertIn() {
        String password = "pw-" + unique();
        String classCode = newClassCode(newExpert(password), password);

        JsonNode refused = anonymous().postJson("/api/expert/login", Map.of("access_code", classCode)).expect(401)
                .json();

        assertThat(refused.path("message").asString()).isEqualTo("Invalid access code");
        learner(classCode);
    }

    // ---- setting it ----

    @Test
    void whetherAClassCodeIsSetIsToldButNeverTheCode() {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);
        String classCode = "class-" + unique();
        assertThat(session.get("/api/expert/access-code").expect(200).json().path("has_class_code").asBoolean())
                .isFalse();

        ApiClient.Reply set = session.putJson(CLASS_CODE, Map.of("class_code", classCode)).expect(200);

        assertThat(set.json().path("success").asBoolean()).isTrue();
        ApiClient.Reply told = session.get("/api/expert/access-code").expect(200);
        assertThat(told.json().path("has_class_code").asBoolean()).isTrue();
        assertThat(told.json().path("has_custom_code").asBoolean()).isFalse();
        assertThat(set.body() + told.body()).doesNotContain(classCode);
    }

    @Test
    void aCodeAnotherAccountOrTheExpertItselfHoldsIsRefusedWithoutSayingSo() {
        String otherPassword = "pw-" + unique();
        String otherExpert = newExpert(otherPassword);
        String othersClass = newClassCode(otherExpert, otherPassword);
        String parentCode = "code-" + unique();
        newParent(parentCode);
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        JsonNode expertsCode = refused(session, otherPassword);
        JsonNode parentsCode = refused(session, parentCode);
        JsonNode anotherClass = refused(session, othersClass);
        JsonNode myOwnCode = refused(session, password);

        assertThat(expertsCode.path("success").asBoolean()).isFalse();
        assertThat(expertsCode.path("message").asString()).isEqualTo(UNUSABLE_CODE);
        assertThat(parentsCode).isEqualTo(expertsCode);
        assertThat(anotherClass).isEqualTo(expertsCode);
        assertThat(myOwnCode).isEqualTo(expertsCode);
        // the holders keep their codes, and the expert has no class code
        anonymous().postJson("/api/expert/login", Map.of("access_code", otherPassword)).expect(200);
        learner(parentCode);
        learner(othersClass);
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
        assertThat(session.get("/api/expert/access-code").json().path("has_class_code").asBoolean()).isFalse();
    }

    @Test
    void aClassCodeMustBeSixToSixtyFourCharacters() {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        JsonNode tooShort = session.putJson(CLASS_CODE, Map.of("class_code", "12345")).expect(400).json();
        JsonNode tooLong = session.putJson(CLASS_CODE, Map.of("class_code", "x".repeat(65))).expect(400).json();
        JsonNode missing = session.putJson(CLASS_CODE, Map.of("login_code", "class-" + unique())).expect(400).json();

        assertThat(tooShort.path("success").asBoolean()).isFalse();
        assertThat(tooShort.path("message").asString()).isEqualTo("class_code must be 6-64 characters");
        assertThat(tooLong.path("message").asString()).isEqualTo("class_code must be 6-64 characters");
        assertThat(missing.path("message").asString()).isEqualTo("class_code is required");
        assertThat(session.get("/api/expert/access-code").json().path("has_class_code").asBoolean()).isFalse();
    }

    // ---- who may call ----

    @Test
    void theClassCodeRoutesNeedAnExpertSession() {
        String password = "pw-" + unique();
        String classCode = newClassCode(newExpert(password), password);
        String familyCode = "code-" + unique();
        newParent(familyCode);
        Map<String, String> body = Map.of("class_code", "class-" + unique());

        JsonNode anonymous = anonymous().putJson(CLASS_CODE, body).expect(401).json();
        JsonNode asAdmin = admin().putJson(CLASS_CODE, body).expect(403).json();
        JsonNode asClassDevice = learner(classCode).putJson(CLASS_CODE, body).expect(403).json();
        JsonNode asFamilyDevice = learner(familyCode).delete(CLASS_CODE).expect(403).json();
        anonymous().delete(CLASS_CODE).expect(401);
        learner(classCode).delete(CLASS_CODE).expect(403);

        assertThat(anonymous.path("message").asString()).isEqualTo("Expert login required");
        assertThat(asAdmin.path("message").asString()).isEqualTo("Expert access required");
        assertThat(asClassDevice.path("message").asString()).isEqualTo("Expert access required");
        assertThat(asFamilyDevice.path("message").asString()).isEqualTo("Expert access required");
        learner(classCode);
        anonymous().postJson(CHILD_LOGIN, Map.of("access_code", body.get("class_code"))).expect(401);
    }

    @Test
    void aClassCodeChangeFromAnotherOriginIsRefusedAndChangesNothing() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String classCode = newClassCode(expertId, password);
        ApiClient session = expert(expertId, password);
        Map<String, String> evil = Map.of("Origin", "https://evil.example");

        JsonNode put = session.withHeaders("PUT", CLASS_CODE, evil).expect(403).json();
        JsonNode delete = session.withHeaders("DELETE", CLASS_CODE, evil).expect(403).json();

        assertThat(put.path("message").asString()).isEqualTo("Cross-origin request refused");
        assertThat(delete.path("message").asString()).isEqualTo("Cross-origin request refused");
        learner(classCode);
        assertThat(session.get("/api/expert/access-code").json().path("has_class_code").asBoolean()).isTrue();
    }

    private JsonNode refused(ApiClient session, String code) {
        return session.putJson(CLASS_CODE, Map.of("class_code", code)).expect(400).json();
    }

    private int failuresOf(String throttleKey) {
        return jdbc.sql("SELECT failures FROM login_failures WHERE throttle_key = ?").param(Digests.sha256(throttleKey))
                .query(Integer.class).optional().orElse(0);
    }
}

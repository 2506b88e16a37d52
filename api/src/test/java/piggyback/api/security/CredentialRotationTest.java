package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/**
 * A session lives no longer than the credential that opened it: changing a code ends the sessions
 * the old code opened, an admin's password reset ends the expert's sessions and clears the codes the
 * expert chose itself (its own and its class code). Sessions opened another way, and the session
 * that made the change, stay.
 */
class CredentialRotationTest extends ApiTest {

    @Test
    void anAdminChangingAParentsCodeEndsTheDevicesSignedInWithTheOldOne() {
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(newExpert("pw-" + unique()), parentId, "Kid");
        ApiClient device = learner(code);
        device.get("/api/learners/children").expect(200);

        admin().putJson("/api/admin/parents/" + parentId, Map.of("login_code", "code-" + unique())).expect(200);

        device.get("/api/learners/children").expect(401);
    }

    @Test
    void anExpertChangingAParentsCodeEndsTheDevicesSignedInWithTheOldOne() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(expertId, parentId, "Kid");
        ApiClient device = learner(code);
        ApiClient expert = expert(expertId, password);

        expert.putJson("/api/expert/parents/" + parentId + "/login-code", Map.of("login_code", "code-" + unique()))
                .expect(200);

        device.get("/api/learners/children").expect(401);
        expert.get("/api/expert/parents").expect(200);
    }

    @Test
    void anAdminPasswordResetEndsTheExpertsSessionsAndClearsItsOwnAndItsClassCode() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String chosen = "mine-" + unique();
        ApiClient byPassword = expert(expertId, password);
        byPassword.putJson("/api/expert/my-login-code", Map.of("login_code", chosen)).expect(200);
        ApiClient byCode = anonymous();
        byCode.postJson("/api/expert/login", Map.of("access_code", chosen)).expect(200);
        newChild(expertId, null, "Solo");
        String classCode = newClassCode(expertId, password);
        ApiClient device = learner(classCode);
        String newPassword = "pw-" + unique();

        admin().putJson("/api/admin/experts/" + expertId, Map.of("password", newPassword)).expect(200);

        byPassword.get("/api/expert/parents").expect(401);
        byCode.get("/api/expert/parents").expect(401);
        device.get("/api/learners/children").expect(401);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", classCode)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", chosen)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", newPassword)).expect(200);
        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", newPassword)).expect(200);
    }

    @Test
    void anExpertChangingItsCodeEndsWhatTheOldCodeOpenedButKeepsThisSessionPasswordSessionsAndDevices() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        newChild(expertId, null, "Solo");
        ApiClient device = learner(newClassCode(expertId, password));
        ApiClient byCode = anonymous();
        byCode.postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
        ApiClient otherByPassword = expert(expertId, password);
        ApiClient changing = expert(expertId, password);

        changing.putJson("/api/expert/my-login-code", Map.of("login_code", "mine-" + unique())).expect(200);

        // the classroom's devices hang on the class code, which did not change
        device.get("/api/learners/children").expect(200);
        byCode.get("/api/expert/parents").expect(401);
        changing.get("/api/expert/parents").expect(200);
        otherByPassword.get("/api/expert/parents").expect(200);
    }

    @Test
    void anExpertChangingItsClassCodeEndsTheDevicesOfTheOldOneOnly() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        newChild(expertId, null, "Solo");
        String familyCode = "code-" + unique();
        newChild(expertId, newParent(familyCode), "Kid");
        ApiClient oldDevice = learner(newClassCode(expertId, password));
        ApiClient familyDevice = learner(familyCode);
        ApiClient byCode = anonymous();
        byCode.postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
        ApiClient changing = expert(expertId, password);
        String newCode = "class-" + unique();

        changing.putJson("/api/expert/class-code", Map.of("class_code", newCode)).expect(200);

        oldDevice.get("/api/learners/children").expect(401);
        learner(newCode).get("/api/learners/children").expect(200);
        familyDevice.get("/api/learners/children").expect(200);
        byCode.get("/api/expert/parents").expect(200);
        changing.get("/api/expert/parents").expect(200);
    }

    @Test
    void anExpertClearingItsClassCodeEndsItsDevicesAndTheCodeOpensNoMore() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        newChild(expertId, null, "Solo");
        String classCode = newClassCode(expertId, password);
        ApiClient device = learner(classCode);
        ApiClient expert = expert(expertId, password);

        expert.delete("/api/expert/class-code").expect(200);

        device.get("/api/learners/children").expect(401);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", classCode)).expect(401);
        assertThat(expert.get("/api/expert/access-code").expect(200).json().path("has_class_code").asBoolean())
                .isFalse();
    }

    @Test
    void changingOtherDetailsEndsNoSession() {
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(newExpert("pw-" + unique()), parentId, "Kid");
        ApiClient device = learner(code);

        admin().putJson("/api/admin/parents/" + parentId, Map.of("display_name", "Renamed")).expect(200);

        assertThat(device.get("/api/learners/children").expect(200).json().path("count").asInt()).isEqualTo(1);
    }
}

package piggyback.api.expert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Changing a code is no oracle: a code another account holds is refused exactly like any other code
 * that cannot be used, and refusals are throttled like failed logins. An expert changes a parent's
 * code only when every active child of that parent is its own.
 */
class CodeChangesTest extends ApiTest {

    @Test
    void aCodeAnotherAccountHoldsIsRefusedWithoutSayingSo() {
        String otherPassword = "pw-" + unique();
        newExpert(otherPassword);
        String parentCode = "code-" + unique();
        newParent(parentCode);
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        JsonNode expertsCode = session.putJson("/api/expert/my-login-code", Map.of("login_code", otherPassword))
                .expect(400).json();
        JsonNode parentsCode = session.putJson("/api/expert/my-login-code", Map.of("login_code", parentCode))
                .expect(400).json();

        assertThat(expertsCode.path("success").asBoolean()).isFalse();
        assertThat(expertsCode.path("error").asString())
                .isEqualTo("This code cannot be used. Please choose a different one.")
                .isEqualTo(parentsCode.path("error").asString())
                .doesNotContainIgnoringCase("in use").doesNotContainIgnoringCase("taken")
                .doesNotContainIgnoringCase("exists");
        // the holders keep their codes, the expert its own
        anonymous().postJson("/api/expert/login", Map.of("access_code", otherPassword)).expect(200);
        learner(parentCode);
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
    }

    @ParameterizedTest
    @CsvSource({"/api/expert/my-login-code, login_code", "/api/expert/class-code, class_code"})
    void guessingCodesThroughTheExpertsOwnOrClassCodeIsThrottledLikeALogin(String path, String field) {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);
        String taken = "code-" + unique();
        newParent(taken);

        for (int attempt = 1; attempt <= 5; attempt++) {
            session.putJson(path, Map.of(field, taken)).expect(400);
        }
        ApiClient.Reply blocked = session.putJson(path, Map.of(field, "free-" + unique()));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isPositive();
    }

    @Test
    void guessingThroughAParentsLoginCodeIsThrottledToo() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentId = newParent("code-" + unique());
        newChild(expertId, parentId, "Kid");
        ApiClient session = expert(expertId, password);
        String path = "/api/expert/parents/" + parentId + "/login-code";
        String taken = "code-" + unique();
        newParent(taken);

        JsonNode refused = session.putJson(path, Map.of("login_code", taken)).expect(400).json();
        for (int attempt = 2; attempt <= 5; attempt++) {
            session.putJson(path, Map.of("login_code", taken)).expect(400);
        }

        assertThat(refused.path("message").asString()).doesNotContainIgnoringCase("in use");
        session.putJson(path, Map.of("login_code", "free-" + unique())).expect(429);
    }

    @Test
    void anExpertMayNotResetTheCodeOfAParentSharedWithAnotherExpert() {
        String passwordA = "pw-" + unique();
        String expertA = newExpert(passwordA);
        String expertB = newExpert("pw-" + unique());
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(expertA, parentId, "Ann");
        newChild(expertB, parentId, "Ben");
        String attempted = "code-" + unique();

        JsonNode reply = expert(expertA, passwordA).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", attempted)).expect(403).json();

        assertThat(reply.path("message").asString()).isEqualTo("Not authorized to update this parent's login code.");
        learner(code);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", attempted)).expect(401);
        // the admin still may
        admin().putJson("/api/admin/parents/" + parentId, Map.of("login_code", attempted)).expect(200);
        learner(attempted);
    }

    @Test
    void anInactiveChildOfAnotherExpertDoesNotStandInTheWay() {
        String passwordA = "pw-" + unique();
        String expertA = newExpert(passwordA);
        String expertB = newExpert("pw-" + unique());
        String parentId = newParent("code-" + unique());
        newChild(expertA, parentId, "Ann");
        String former = newChild(expertB, parentId, "Ben");
        admin().post("/api/admin/children/" + former + "/deactivate").expect(200);
        String fresh = "code-" + unique();

        expert(expertA, passwordA).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", fresh)).expect(200);

        learner(fresh);
    }
}

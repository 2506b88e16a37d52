package piggyback.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** Sign-in and sign-out for every role (docs/api-contract.md#auth). */
class AuthRoutesTest extends ApiTest {

    @Test
    void aWrongAdminPasswordOnTheLegacyGateIsStill200AndOpensNothing() {
        // reference acceptance test A3
        ApiClient client = anonymous();

        JsonNode reply = client.postForm("/api/verify-password", Map.of("user_type", "admin", "password", "wrongpassword"))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("message").asString()).isEqualTo("Invalid password");
        client.get("/api/admin/experts").expect(401);
    }

    @Test
    void theRightAdminPasswordOnTheLegacyGateOpensAnAdminSession() {
        ApiClient client = anonymous();

        JsonNode reply = client.postForm("/api/verify-password", Map.of("user_type", "admin", "password", ADMIN_PASSWORD))
                .expect(200).json();

        assertThat(reply.path("redirect").asString()).isEqualTo("/admin");
        client.get("/api/admin/experts").expect(200);
    }

    @Test
    void theAdminPasswordIsComparedExactly() {
        ApiClient client = anonymous();

        client.postForm("/api/verify-password", Map.of("user_type", "admin", "password", ADMIN_PASSWORD.toUpperCase()))
                .expect(200);
        client.postJson("/api/admin/verify-access", Map.of("password", " " + ADMIN_PASSWORD)).expect(401);

        client.get("/api/admin/experts").expect(401);
    }

    @Test
    void expertsAreToldToUseTheirIdOnTheLegacyGate() {
        JsonNode reply = anonymous().postForm("/api/verify-password", Map.of("user_type", "expert", "password", "x"))
                .expect(200).json();

        assertThat(reply.path("message").asString()).isEqualTo("Use expert ID + password login.");
    }

    @Test
    void adminVerifyAccessAcceptsPasswordOrCodeAndRefusesOthersWith401() {
        anonymous().postJson("/api/admin/verify-access", Map.of("code", ADMIN_PASSWORD)).expect(200);
        JsonNode refused = anonymous().postJson("/api/admin/verify-access", Map.of("password", "nope")).expect(401).json();
        assertThat(refused.path("message").asString()).isEqualTo("Invalid access code");
        assertThat(anonymous().postJson("/api/admin/verify-access", Map.of()).expect(400).json()
                .path("message").asString()).isEqualTo("password is required");
    }

    @Test
    void anExpertLogsInWithIdAndPasswordWhateverTheCaseOfTheId() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        ApiClient client = anonymous();

        JsonNode reply = client.postJson("/api/expert/login",
                Map.of("expert_id", "  " + expertId.toUpperCase() + " ", "password", password)).expect(200).json();

        assertThat(reply.path("redirect").asString()).isEqualTo("/expert/");
        assertThat(reply.path("expert").path("expert_id").asString()).isEqualTo(expertId);
        assertThat(reply.path("expert").path("display_name").asString()).isEqualTo("Expert " + expertId);
        client.get("/api/expert/access-code").expect(200);
    }

    @Test
    void anExpertLogsInWithItsAccessCodeAlone() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        ApiClient client = anonymous();

        JsonNode reply = client.postJson("/api/expert/login", Map.of("access_code", password)).expect(200).json();

        assertThat(reply.path("expert").path("expert_id").asString()).isEqualTo(expertId);
        assertThat(client.get("/api/expert/access-code").expect(200).json().path("parent_id").asString())
                .isEqualTo(expertId);
    }

    @Test
    void wrongUnknownEmptyOrInactiveExpertLoginsAre401() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);

        assertThat(anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", "wrong-pw"))
                .expect(401).json().path("message").asString()).isEqualTo("Invalid expert ID or password");
        anonymous().postJson("/api/expert/login", Map.of("expert_id", "nobody_" + unique(), "password", password)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of()).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", "not-a-code-" + unique())).expect(401);

        admin().post("/api/admin/experts/" + expertId + "/deactivate").expect(200);

        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", password)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(401);
    }

    @Test
    void aParentsCodeCannotOpenAnExpertSession() {
        String code = "code-" + unique();
        newParent(code);

        anonymous().postJson("/api/expert/login", Map.of("access_code", code)).expect(401);
    }

    @Test
    void everyLoginStartsANewSessionId() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        ApiClient client = anonymous();
        client.get("/api/config");
        client.postJson("/api/admin/verify-access", Map.of("password", ADMIN_PASSWORD)).expect(200);
        String adminSession = client.sessionId();

        client.postJson("/api/expert/login", Map.of("expert_id", expertId, "password", password)).expect(200);

        assertThat(client.sessionId()).isNotNull().isNotEqualTo(adminSession);
        client.get("/api/admin/experts").expect(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        ApiClient client = anonymous();

        List<String> cookies = client.postJson("/api/admin/verify-access", Map.of("password", ADMIN_PASSWORD))
                .expect(200).headers("Set-Cookie");

        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void logoutKillsTheSessionOnTheServerSoACopiedCookieIsDead() {
        ApiClient admin = admin();
        ApiClient copy = admin.withSameCookie();
        copy.get("/api/admin/experts").expect(200);

        assertThat(admin.post("/api/expert/logout").expect(200).json().path("success").asBoolean()).isTrue();

        copy.get("/api/admin/experts").expect(401);
        admin.get("/api/admin/experts").expect(401);
        anonymous().post("/api/expert/logout").expect(200);
    }

    @Test
    void sessionsLiveInMySql() {
        ApiClient admin = admin();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?")
                .param(new String(java.util.Base64.getDecoder().decode(admin.sessionId())))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aParentsCodeListsItsActiveChildrenAndOpensALearnerSession() {
        String code = "family-" + unique();
        String parentId = newParent(code);
        String expertId = newExpert("pw-" + unique());
        String mia = newChild(expertId, parentId, "Mia");
        String asleep = newChild(expertId, parentId, "Asleep");
        newChild(expertId, null, "OtherFamily");
        admin().post("/api/admin/children/" + asleep + "/deactivate").expect(200);
        ApiClient device = anonymous();

        JsonNode reply = device.postJson("/api/learners/parents/login", Map.of("access_code", "  " + code + " "))
                .expect(200).json();

        assertThat(reply.path("parent").path("parent_id").asString()).isEqualTo(parentId);
        assertThat(reply.path("parent").path("display_name").asString()).isEqualTo("Parent " + parentId);
        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(mia);
        assertThat(reply.toString()).doesNotContain(code).doesNotContain("pbkdf2");
        device.get("/api/admin/experts").expect(403);
    }

    @Test
    void anExpertsClassCodeListsItsChildrenWithoutAParentAndTheLoginCodeSpellingWorks() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String own = newChild(expertId, null, "Own");
        newChild(expertId, newParent("other-" + unique()), "Parented");

        JsonNode reply = anonymous().postJson("/api/learners/parents/login",
                Map.of("login_code", newClassCode(expertId, password))).expect(200).json();

        assertThat(reply.path("parent").path("parent_id").asString()).isEqualTo(expertId);
        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(own);
    }

    @Test
    void childLoginRefusalsUseTheErrorKey() {
        assertThat(anonymous().postJson("/api/learners/parents/login", Map.of("access_code", " ")).expect(400).json()
                .path("error").asString()).isEqualTo("Please enter your access code.");
        assertThat(anonymous().postJson("/api/learners/parents/login", Map.of("access_code", "nope-" + unique()))
                .expect(401).json().path("error").asString()).isEqualTo("Invalid Login Code. Please try again.");
    }

    @Test
    void aBlockedClientGets429WithRetryAfterAndTheThrottlesMessage() {
        ApiClient guesser = anonymous();
        for (int i = 0; i < 100; i++) {
            guesser.postJson("/api/learners/parents/login", Map.of("access_code", "guess-" + i + unique())).expect(401);
        }

        ApiClient.Reply blocked = guesser.postJson("/api/learners/parents/login", Map.of("access_code", "guess-x"))
                .expect(429);

        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 900);
        assertThat(blocked.json().path("error").asString()).contains("Too many failed attempts");
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", "guess-y")).expect(401);
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Test
    void repeatedFailuresAgainstOneAccountAreThrottledFromAnyClient() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        for (int i = 0; i < 5; i++) {
            anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", "wrong-" + i)).expect(401);
        }

        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", password)).expect(429);
    }
}

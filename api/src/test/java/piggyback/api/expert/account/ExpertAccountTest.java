package piggyback.api.expert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** The signed-in expert's own code and its families (docs/decisions/0021-accounts-and-logins.md). */
class ExpertAccountTest extends ApiTest {

    private static final String UNUSABLE_CODE = "This code cannot be used. Please choose a different one.";

    // ---- own access code ----

    @Test
    void accessCodeSaysWhoAndWhetherTheCodeIsCustomButNeverTheCode() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);

        ApiClient.Reply reply = expert(expertId, password).get("/api/expert/access-code").expect(200);

        JsonNode body = reply.json();
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("parent_id").asString()).isEqualTo(expertId);
        assertThat(body.path("has_custom_code").isBoolean()).isTrue();
        assertThat(body.path("has_custom_code").asBoolean()).isFalse();
        assertThat(reply.body()).doesNotContain(password);
    }

    @Test
    void settingMyLoginCodeMakesItCustomAndItLogsIn() {
        String password = "pw-" + unique();
        String newCode = "mine-" + unique();
        String expertId = newExpert(password);
        ApiClient session = expert(expertId, password);

        JsonNode reply = session.putJson("/api/expert/my-login-code", Map.of("login_code", newCode)).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(session.get("/api/expert/access-code").expect(200).json().path("has_custom_code").asBoolean())
                .isTrue();
        JsonNode login = anonymous().postJson("/api/expert/login", Map.of("access_code", newCode)).expect(200).json();
        assertThat(login.path("expert").path("expert_id").asString()).isEqualTo(expertId);
    }

    @Test
    void myNewLoginCodeReplacesThePasswordAsCodeButNotAsPassword() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);

        expert(expertId, password).putJson("/api/expert/my-login-code", Map.of("login_code", "mine-" + unique()))
                .expect(200);

        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", password)).expect(200);
    }

    @Test
    void anAdminPasswordResetClearsTheCodeTheExpertChose() {
        String password = "pw-" + unique();
        String chosen = "mine-" + unique();
        String newPassword = "pw-" + unique();
        String expertId = newExpert(password);
        expert(expertId, password).putJson("/api/expert/my-login-code", Map.of("login_code", chosen)).expect(200);

        admin().putJson("/api/admin/experts/" + expertId, Map.of("password", newPassword)).expect(200);

        anonymous().postJson("/api/expert/login", Map.of("access_code", chosen)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", newPassword)).expect(200);
        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", newPassword)).expect(200);
        assertThat(expert(expertId, newPassword).get("/api/expert/access-code").json().path("has_custom_code")
                .asBoolean()).isFalse();
    }

    @Test
    void myLoginCodeRefusesAShortOrMissingCodeWithAnErrorKey() {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        JsonNode tooShort = session.putJson("/api/expert/my-login-code", Map.of("login_code", "12345")).expect(400)
                .json();
        JsonNode missing = session.putJson("/api/expert/my-login-code", Map.of()).expect(400).json();

        assertThat(tooShort.path("success").asBoolean()).isFalse();
        assertThat(tooShort.path("error").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(tooShort.has("message")).isFalse();
        assertThat(missing.path("error").asString()).isEqualTo("login_code is required");
        assertThat(session.get("/api/expert/access-code").json().path("has_custom_code").asBoolean()).isFalse();
    }

    @Test
    void myLoginCodeMayBeSetToMyCurrentCodeAgain() {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        session.putJson("/api/expert/my-login-code", Map.of("login_code", password)).expect(200);

        assertThat(session.get("/api/expert/access-code").json().path("has_custom_code").asBoolean()).isTrue();
    }

    // ---- parents of the expert's children ----

    @Test
    void parentsListsOnlyParentsWithAnActiveChildOfThisExpert() {
        String passwordA = "pw-" + unique();
        String expertA = newExpert(passwordA);
        String expertB = newExpert("pw-" + unique());
        String parentWithActive = newParent("code-" + unique());
        String parentWithInactiveOnly = newParent("code-" + unique());
        String parentOfOtherExpert = newParent("code-" + unique());
        String parentWithoutChildren = newParent("code-" + unique());
        newChild(expertA, parentWithActive, "Active");
        String sleeping = newChild(expertA, parentWithInactiveOnly, "Sleeping");
        admin().post("/api/admin/children/" + sleeping + "/deactivate").expect(200);
        newChild(expertB, parentOfOtherExpert, "Others");
        newChild(expertA, null, "NoParent");

        JsonNode reply = expert(expertA, passwordA).get("/api/expert/parents").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("parents").findValuesAsString("parent_id")).containsExactly(parentWithActive)
                .doesNotContain(parentWithInactiveOnly, parentOfOtherExpert, parentWithoutChildren);
        JsonNode parent = reply.path("parents").get(0);
        assertThat(parent.propertyNames()).containsExactlyInAnyOrder("parent_id", "display_name");
        assertThat(parent.path("display_name").asString()).isEqualTo("Parent " + parentWithActive);
    }

    @Test
    void parentsIsEmptyForAnExpertWithoutFamilies() {
        String password = "pw-" + unique();

        JsonNode reply = expert(newExpert(password), password).get("/api/expert/parents").expect(200).json();

        assertThat(reply.path("parents").isArray()).isTrue();
        assertThat(reply.path("parents").size()).isZero();
    }

    @Test
    void childrenOfAParentAreTheActiveOnesLinkedToMeSortedByFirstName() {
        String passwordA = "pw-" + unique();
        String expertA = newExpert(passwordA);
        String expertB = newExpert("pw-" + unique());
        String parentId = newParent("code-" + unique());
        // last names in the opposite order, so only a sort by first name gives Anna, Milo, Zoe
        String zoe = child(expertA, parentId, "Zoe", "Adams");
        String anna = child(expertA, parentId, "Anna", "Zimmer");
        String milo = child(expertA, parentId, "Milo", "Baker");
        String inactive = newChild(expertA, parentId, "Bella");
        admin().post("/api/admin/children/" + inactive + "/deactivate").expect(200);
        String othersChild = newChild(expertB, parentId, "Carl");

        JsonNode reply = expert(expertA, passwordA).get("/api/expert/parents/" + parentId + "/children").expect(200)
                .json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        JsonNode children = reply.path("children");
        assertThat(children.findValuesAsString("child_id")).containsExactly(anna, milo, zoe)
                .doesNotContain(inactive, othersChild);
        JsonNode first = children.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("child_id", "first_name", "last_name", "icon_key",
                "interaction_mode", "is_active");
        assertThat(first.path("first_name").asString()).isEqualTo("Anna");
        assertThat(first.path("last_name").asString()).isEqualTo("Zimmer");
        assertThat(first.path("icon_key").asString()).isEqualTo("fox");
        assertThat(first.path("interaction_mode").asString()).isEqualTo("flexible");
        assertThat(first.path("is_active").asBoolean()).isTrue();
    }

    @Test
    void childrenOfAParentSortIgnoringCase() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentId = newParent("code-" + unique());
        String upper = child(expertId, parentId, "Ben", "Able");
        String lower = child(expertId, parentId, "amy", "Zeta");

        JsonNode children = expert(expertId, password).get("/api/expert/parents/" + parentId + "/children")
                .expect(200).json().path("children");

        assertThat(children.findValuesAsString("child_id")).containsExactly(lower, upper);
    }

    @Test
    void anotherExpertMayNotSeeTheParentsChildren() {
        String expertA = newExpert("pw-" + unique());
        String passwordB = "pw-" + unique();
        String expertB = newExpert(passwordB);
        String parentId = newParent("code-" + unique());
        newChild(expertA, parentId, "Private");

        JsonNode reply = expert(expertB, passwordB).get("/api/expert/parents/" + parentId + "/children").expect(403)
                .json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("message").asString()).isEqualTo("Not authorized to view this parent's children.");
        assertThat(reply.has("children")).isFalse();
    }

    @Test
    void anUnknownOrMalformedParentIsRefusedTheSameWay() {
        String password = "pw-" + unique();
        ApiClient session = expert(newExpert(password), password);

        JsonNode unknown = session.get("/api/expert/parents/par_nobody_" + unique() + "/children").expect(403).json();
        JsonNode malformed = session.get("/api/expert/parents/x!/children").expect(403).json();

        assertThat(unknown.path("message").asString()).isEqualTo("Not authorized to view this parent's children.");
        assertThat(malformed.path("message").asString()).isEqualTo("Not authorized to view this parent's children.");
    }

    @Test
    void anExpertWhoseOnlyChildThereIsInactiveMayNotSeeTheParent() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentId = newParent("code-" + unique());
        String childId = newChild(expertId, parentId, "Former");
        admin().post("/api/admin/children/" + childId + "/deactivate").expect(200);

        expert(expertId, password).get("/api/expert/parents/" + parentId + "/children").expect(403);
    }

    // ---- a parent's login code ----

    @Test
    void myExpertCanSetAParentsLoginCodeWhichThenLogsTheLearnerIn() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String oldCode = "code-" + unique();
        String newCode = "code-" + unique();
        String parentId = newParent(oldCode);
        String childId = newChild(expertId, parentId, "Learner");

        ApiClient.Reply reply = expert(expertId, password).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", newCode)).expect(200);

        assertThat(reply.json().path("success").asBoolean()).isTrue();
        assertThat(reply.json().path("message").asString()).isEqualTo("Login code updated.");
        assertThat(reply.body()).doesNotContain(newCode);
        JsonNode login = anonymous().postJson("/api/learners/parents/login", Map.of("access_code", newCode))
                .expect(200).json();
        assertThat(login.path("parent").path("parent_id").asString()).isEqualTo(parentId);
        assertThat(login.path("children").findValuesAsString("child_id")).containsExactly(childId);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", oldCode)).expect(401);
    }

    @Test
    void settingAParentsCodeDoesNotMakeItTheExpertsOwnCode() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentId = newParent("code-" + unique());
        newChild(expertId, parentId, "Learner");
        ApiClient session = expert(expertId, password);

        session.putJson("/api/expert/parents/" + parentId + "/login-code", Map.of("login_code", "code-" + unique()))
                .expect(200);

        assertThat(session.get("/api/expert/access-code").json().path("has_custom_code").asBoolean()).isFalse();
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(200);
    }

    @Test
    void anotherExpertMayNotSetTheParentsLoginCode() {
        String expertA = newExpert("pw-" + unique());
        String passwordB = "pw-" + unique();
        String expertB = newExpert(passwordB);
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(expertA, parentId, "Private");
        String attempted = "code-" + unique();

        JsonNode reply = expert(expertB, passwordB).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", attempted)).expect(403).json();

        assertThat(reply.path("success").asBoolean()).isFalse();
        assertThat(reply.path("message").asString()).isEqualTo("Not authorized to update this parent's login code.");
        learner(code);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", attempted)).expect(401);
    }

    @Test
    void aParentsLoginCodeMustBeSixToSixtyFourCharacters() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String code = "code-" + unique();
        String parentId = newParent(code);
        newChild(expertId, parentId, "Learner");
        ApiClient session = expert(expertId, password);
        String path = "/api/expert/parents/" + parentId + "/login-code";

        JsonNode tooShort = session.putJson(path, Map.of("login_code", "1234")).expect(400).json();
        JsonNode tooLong = session.putJson(path, Map.of("login_code", "x".repeat(65))).expect(400).json();
        JsonNode missing = session.putJson(path, Map.of()).expect(400).json();

        assertThat(tooShort.path("success").asBoolean()).isFalse();
        assertThat(tooShort.path("message").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(tooLong.path("message").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(missing.path("message").asString()).isEqualTo("login_code is required");
        learner(code);
    }

    @Test
    void aParentsLoginCodeAlreadyInUseIsRefusedLikeAnyUnusableCode() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String parentId = newParent("code-" + unique());
        newChild(expertId, parentId, "Learner");

        JsonNode reply = expert(expertId, password).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", password)).expect(400).json();

        assertThat(reply.path("message").asString()).isEqualTo(UNUSABLE_CODE);
    }

    // ---- who may call ----

    @Test
    void expertRoutesNeedAnExpertSession() {
        String code = "code-" + unique();
        String parentId = newParent(code);

        JsonNode anonymous = anonymous().get("/api/expert/access-code").expect(401).json();
        JsonNode asAdmin = admin().get("/api/expert/parents").expect(403).json();
        JsonNode asLearner = learner(code).putJson("/api/expert/parents/" + parentId + "/login-code",
                Map.of("login_code", "code-" + unique())).expect(403).json();

        assertThat(anonymous.path("message").asString()).isEqualTo("Expert login required");
        assertThat(asAdmin.path("message").asString()).isEqualTo("Expert access required");
        assertThat(asLearner.path("message").asString()).isEqualTo("Expert access required");
        learner(code);
    }

    private String child(String expertId, String parentId, String firstName, String lastName) {
        return admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "parent_id", parentId,
                "first_name", firstName, "last_name", lastName, "icon_key", "fox")).expect(200).json()
                .path("child").path("child_id").asString();
    }
}

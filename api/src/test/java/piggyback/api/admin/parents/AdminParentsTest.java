package piggyback.api.admin.parents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Admin CRUD of parent accounts and their login codes (docs/decisions/0021-accounts-and-logins.md,
 * 0018-access-codes.md).
 */
class AdminParentsTest extends ApiTest {

    private static final String BAD_ID = "parent_id must be 3-50 chars: lowercase letters, numbers, _ or -";
    private static final String CODE_IN_USE = "This access code is already in use. Please choose another one.";

    // ---- create ----

    @Test
    void createWithALoginCodeSaysSoButNeverShowsTheCode() {
        String code = "code-" + unique();
        String suffix = unique();

        ApiClient.Reply reply = admin().postJson("/api/admin/parents", Map.of("parent_id", " Par_" + suffix.toUpperCase(),
                "display_name", "  Pat   Parent ", "login_code", code)).expect(200);

        JsonNode parent = reply.json().path("parent");
        assertThat(reply.json().path("success").asBoolean()).isTrue();
        assertThat(parent.path("parent_id").asString()).isEqualTo("par_" + suffix);
        assertThat(parent.path("display_name").asString()).isEqualTo("Pat Parent");
        assertThat(parent.path("is_active").asBoolean()).isTrue();
        assertThat(parent.path("has_login_code").asBoolean()).isTrue();
        assertThat(parent.propertyNames()).containsExactlyInAnyOrder("parent_id", "display_name", "is_active",
                "has_login_code", "has_password", "created_at", "updated_at");
        assertThat(reply.body()).doesNotContain(code);
        assertThat(admin().get("/api/admin/parents").expect(200).body()).doesNotContain(code);
    }

    @Test
    void createWithoutALoginCodeSaysItHasNone() {
        String id = "par_" + unique();

        JsonNode parent = admin().postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "No Code"))
                .expect(200).json().path("parent");
        JsonNode emptyCode = admin().postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "Empty Code", "login_code", "")).expect(200).json().path("parent");

        assertThat(parent.path("has_login_code").asBoolean()).isFalse();
        assertThat(emptyCode.path("has_login_code").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_codes WHERE parent_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void createAcceptsAccessCodeAsTheCodesOtherSpelling() {
        String code = "code-" + unique();

        JsonNode parent = admin().postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "Other Spelling", "access_code", code)).expect(200).json().path("parent");

        assertThat(parent.path("has_login_code").asBoolean()).isTrue();
        learner(code);
    }

    @Test
    void theCodeIsStoredOnlyAsHashes() {
        String code = "code-" + unique();
        String id = newParent(code);

        Map<String, Object> row = jdbc.sql("SELECT lookup_digest, code_hash FROM access_codes WHERE parent_id = ?")
                .param(id).query().singleRow();

        assertThat(row.get("code_hash").toString()).startsWith("pbkdf2_sha256$").doesNotContain(code);
        assertThat(row.get("lookup_digest").toString()).hasSize(64).doesNotContain(code);
    }

    @Test
    void listShowsTheParentsOrderedByIdWithoutCodes() {
        String first = newParent("code-" + unique());
        String second = newParent("code-" + unique());

        JsonNode reply = admin().get("/api/admin/parents").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        List<String> ids = reply.path("parents").findValuesAsString("parent_id");
        assertThat(ids).contains(first, second).isSorted();
        assertThat(reply.path("parents").findValues("has_login_code")).allSatisfy(flag ->
                assertThat(flag.isBoolean()).isTrue());
        assertThat(reply.toString()).doesNotContain("\"login_code\"").doesNotContain("code_hash");
    }

    @Test
    void createRefusesADuplicateParentIdWith409() {
        String id = newParent("code-" + unique());
        String otherCode = "code-" + unique();

        JsonNode reply = admin().postJson("/api/admin/parents", Map.of("parent_id", id.toUpperCase(),
                "display_name", "Twin", "login_code", otherCode)).expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo("parent_id already exists");
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", otherCode)).expect(401);
    }

    @Test
    void createRefusesACodeThatIsAnExpertsPasswordWith409AndWritesNothing() {
        String expertPassword = "pw-" + unique();
        newExpert(expertPassword);
        String id = "par_" + unique();

        JsonNode reply = admin().postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Copycat",
                "login_code", expertPassword)).expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo(CODE_IN_USE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM parents WHERE parent_id = ?").param(id).query(Integer.class).single())
                .as("the parent row is rolled back").isZero();
    }

    @Test
    void createRefusesACodeThatIsAnotherParentsCode() {
        String code = "code-" + unique();
        newParent(code);

        JsonNode reply = admin().postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", "Copycat", "login_code", code)).expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo(CODE_IN_USE);
    }

    @Test
    void createRefusesAnInvalidParentId() {
        ApiClient admin = admin();
        int before = count("parents");

        for (String badId : List.of("ab", "bad id", "_x_", "par!", "p".repeat(51))) {
            JsonNode reply = admin.postJson("/api/admin/parents", Map.of("parent_id", badId, "display_name", "Name"))
                    .expect(400).json();
            assertThat(reply.path("detail").asString()).as(badId).isEqualTo(BAD_ID);
        }
        JsonNode missing = admin.postJson("/api/admin/parents", Map.of("display_name", "Name")).expect(400).json();

        assertThat(missing.path("detail").asString()).isEqualTo(BAD_ID);
        assertThat(count("parents")).isEqualTo(before);
    }

    @Test
    void createRefusesAMissingOrBlankDisplayName() {
        ApiClient admin = admin();

        JsonNode missing = admin.postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique()))
                .expect(400).json();
        JsonNode blank = admin.postJson("/api/admin/parents", Map.of("parent_id", "par_" + unique(),
                "display_name", " \t ")).expect(400).json();

        assertThat(missing.path("detail").asString()).isEqualTo("display_name is required");
        assertThat(blank.path("detail").asString()).isEqualTo("display_name is required");
    }

    @Test
    void createRefusesACodeShorterThanSixOrLongerThanSixtyFour() {
        ApiClient admin = admin();
        String id = "par_" + unique();

        JsonNode tooShort = admin.postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Name",
                "login_code", "12345")).expect(400).json();
        JsonNode tooLong = admin.postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Name",
                "login_code", "c".repeat(65))).expect(400).json();

        assertThat(tooShort.path("detail").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(tooLong.path("detail").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM parents WHERE parent_id = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aNewParentsCodeLogsALearnerIntoThatFamily() {
        String code = "code-" + unique();
        String parentId = newParent(code);
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, parentId, "Kiddo");

        JsonNode reply = anonymous().postJson("/api/learners/parents/login", Map.of("access_code", code))
                .expect(200).json();

        assertThat(reply.path("parent").path("parent_id").asString()).isEqualTo(parentId);
        assertThat(reply.path("parent").path("display_name").asString()).isEqualTo("Parent " + parentId);
        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(childId);
    }

    // ---- update ----

    @Test
    void updateChangesTheDisplayName() {
        String id = newParent("code-" + unique());

        JsonNode reply = admin().putJson("/api/admin/parents/" + id, Map.of("display_name", "  New   Name ")).expect(200)
                .json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("parent").path("display_name").asString()).isEqualTo("New Name");
        assertThat(reply.path("parent").path("has_login_code").asBoolean()).isTrue();
        assertThat(parentInList(id).path("display_name").asString()).isEqualTo("New Name");
    }

    @Test
    void updateRefusesABlankDisplayNameAndANonBooleanIsActive() {
        String id = newParent("code-" + unique());
        ApiClient admin = admin();

        JsonNode blank = admin.putJson("/api/admin/parents/" + id, Map.of("display_name", "  ")).expect(400).json();
        JsonNode notBoolean = admin.putJson("/api/admin/parents/" + id, Map.of("is_active", "false")).expect(400)
                .json();
        JsonNode shortCode = admin.putJson("/api/admin/parents/" + id, Map.of("login_code", "abc")).expect(400).json();

        assertThat(blank.path("detail").asString()).isEqualTo("display_name cannot be empty");
        assertThat(notBoolean.path("detail").asString()).isEqualTo("is_active must be true or false");
        assertThat(shortCode.path("detail").asString()).isEqualTo("login_code must be 6-64 characters");
        assertThat(parentInList(id).path("display_name").asString()).isEqualTo("Parent " + id);
        assertThat(parentInList(id).path("is_active").asBoolean()).isTrue();
    }

    @Test
    void deactivatingAParentStopsItsCodeAndEndsItsLearnerSessions() {
        String code = "code-" + unique();
        String id = newParent(code);
        String expertId = newExpert("pw-" + unique());
        newChild(expertId, id, "Tiny");
        ApiClient learnerSession = learner(code);
        // signed in, but not this expert's learner: refused with 403
        learnerSession.get("/api/learners/experts/" + expertId + "/children").expect(403);

        JsonNode reply = admin().putJson("/api/admin/parents/" + id, Map.of("is_active", false)).expect(200).json();

        assertThat(reply.path("parent").path("is_active").asBoolean()).isFalse();
        // the session is gone: not signed in any more, so 401
        learnerSession.get("/api/learners/experts/" + expertId + "/children").expect(401);
        JsonNode refused = anonymous().postJson("/api/learners/parents/login", Map.of("access_code", code))
                .expect(401).json();
        assertThat(refused.path("error").asString()).isEqualTo("Invalid Login Code. Please try again.");

        admin().putJson("/api/admin/parents/" + id, Map.of("is_active", true)).expect(200);
        learner(code);
    }

    @Test
    void updateReplacesTheLoginCode() {
        String oldCode = "old-" + unique();
        String newCode = "new-" + unique();
        String id = newParent(oldCode);

        ApiClient.Reply reply = admin().putJson("/api/admin/parents/" + id, Map.of("login_code", newCode)).expect(200);

        assertThat(reply.body()).doesNotContain(newCode);
        assertThat(reply.json().path("parent").path("has_login_code").asBoolean()).isTrue();
        JsonNode login = anonymous().postJson("/api/learners/parents/login", Map.of("access_code", newCode))
                .expect(200).json();
        assertThat(login.path("parent").path("parent_id").asString()).isEqualTo(id);
        JsonNode old = anonymous().postJson("/api/learners/parents/login", Map.of("access_code", oldCode))
                .expect(401).json();
        assertThat(old.path("success").asBoolean()).isFalse();
        assertThat(old.path("error").asString()).isEqualTo("Invalid Login Code. Please try again.");
    }

    @Test
    void updateGivesACodeToAParentThatHadNone() {
        String id = "par_" + unique();
        String code = "code-" + unique();
        admin().postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Late Code")).expect(200);

        JsonNode parent = admin().putJson("/api/admin/parents/" + id, Map.of("login_code", code)).expect(200).json()
                .path("parent");

        assertThat(parent.path("has_login_code").asBoolean()).isTrue();
        learner(code);
    }

    @Test
    void updateRefusesACodeInUseAndKeepsTheOldOne() {
        String expertPassword = "pw-" + unique();
        newExpert(expertPassword);
        String code = "code-" + unique();
        String id = newParent(code);

        JsonNode reply = admin().putJson("/api/admin/parents/" + id, Map.of("login_code", expertPassword,
                "display_name", "Should Roll Back")).expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo(CODE_IN_USE);
        assertThat(parentInList(id).path("display_name").asString()).isEqualTo("Parent " + id);
        learner(code);
    }

    @Test
    void updateOfAnUnknownParentIs404() {
        JsonNode reply = admin().putJson("/api/admin/parents/par_missing_" + unique(), Map.of("display_name", "X"))
                .expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("parent not found");
    }

    // ---- delete ----

    @Test
    void deleteRemovesTheParentButKeepsItsChildrenUnlinked() {
        String code = "code-" + unique();
        String parentId = newParent(code);
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, parentId, "Stays");

        JsonNode reply = admin().delete("/api/admin/parents/" + parentId).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(admin().get("/api/admin/parents").json().path("parents").findValuesAsString("parent_id"))
                .doesNotContain(parentId);
        Map<String, Object> child = jdbc.sql("SELECT expert_id, parent_id, is_active FROM children WHERE child_id = ?")
                .param(childId).query().singleRow();
        assertThat(child.get("parent_id")).isNull();
        assertThat(child.get("expert_id")).isEqualTo(expertId);
        anonymous().postJson("/api/learners/parents/login", Map.of("access_code", code)).expect(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_codes WHERE parent_id = ?").param(parentId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void deleteOfAnUnknownParentIs404() {
        JsonNode reply = admin().delete("/api/admin/parents/par_missing_" + unique()).expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("parent not found");
    }

    // ---- access and audit ----

    @Test
    void parentAdministrationNeedsAnAdminSession() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        int before = count("parents");

        anonymous().get("/api/admin/parents").expect(401);
        JsonNode refused = expert(expertId, password).postJson("/api/admin/parents",
                Map.of("parent_id", "par_" + unique(), "display_name", "Sneaky")).expect(403).json();

        assertThat(refused.path("detail").asString()).isEqualTo("Admin access required");
        assertThat(count("parents")).isEqualTo(before);
    }

    @Test
    void parentChangesAreAuditedAsAdminWithoutTheCode() {
        String code = "code-" + unique();
        String newCode = "code-" + unique();
        String id = newParent(code);
        ApiClient admin = admin();

        admin.putJson("/api/admin/parents/" + id, Map.of("login_code", newCode)).expect(200);
        admin.delete("/api/admin/parents/" + id).expect(200);

        List<Map<String, Object>> rows = jdbc.sql("SELECT actor_role, action, detail FROM audit_log"
                + " WHERE target_kind = 'parent' AND target_id = ? ORDER BY id").param(id).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("action"))
                .containsExactly("parent.create", "parent.update", "parent.delete");
        assertThat(rows).extracting(row -> row.get("actor_role")).containsOnly("ADMIN");
        assertThat(rows).extracting(row -> String.valueOf(row.get("detail")))
                .noneMatch(detail -> detail.contains(code) || detail.contains(newCode));
    }

    private JsonNode parentInList(String id) {
        for (JsonNode parent : admin().get("/api/admin/parents").expect(200).json().path("parents")) {
            if (parent.path("parent_id").asString().equals(id)) {
                return parent;
            }
        }
        throw new AssertionError("parent " + id + " is not listed");
    }
}

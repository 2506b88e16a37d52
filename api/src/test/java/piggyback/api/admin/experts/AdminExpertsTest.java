package piggyback.api.admin.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/** Admin CRUD of expert accounts (docs/decisions/0018-access-codes.md). */
class AdminExpertsTest extends ApiTest {

    private static final String BAD_ID = "expert_id must be 3-50 chars: lowercase letters, numbers, _ or -";

    // ---- list ----

    @Test
    void listIsOrderedByIdAndNeverCarriesThePasswordOrItsHash() {
        newExpert("pw-" + unique());
        newExpert("pw-" + unique());

        JsonNode reply = admin().get("/api/admin/experts").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode expert : reply.path("experts")) {
            ids.add(expert.path("expert_id").asString());
            assertThat(expert.propertyNames())
                    .containsExactlyInAnyOrder("expert_id", "display_name", "is_active", "created_at", "updated_at");
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(admin().get("/api/admin/experts").body()).doesNotContain("password_hash").doesNotContain("pbkdf2");
    }

    @Test
    void listNeedsAnAdminSession() {
        anonymous().get("/api/admin/experts").expect(401);
        String password = "pw-" + unique();
        expert(newExpert(password), password).get("/api/admin/experts").expect(403);
    }

    // ---- create ----

    @Test
    void createTrimsAndLowerCasesTheIdAndAnswersTheExpertShape() {
        String suffix = unique();

        JsonNode reply = admin().postJson("/api/admin/experts", Map.of("expert_id", " Exp_" + suffix.toUpperCase() + " ",
                "display_name", "  Expert   One ", "password", "pw-" + suffix)).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        JsonNode expert = reply.path("expert");
        assertThat(expert.path("expert_id").asString()).isEqualTo("exp_" + suffix);
        assertThat(expert.path("display_name").asString()).isEqualTo("Expert One");
        assertThat(expert.path("is_active").asBoolean()).isTrue();
        assertThat(expert.path("created_at").asString()).isNotBlank();
        assertThat(expert.path("updated_at").asString()).isNotBlank();
        assertThat(expert.has("password")).isFalse();
        assertThat(expert.has("password_hash")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experts WHERE expert_id = ?").param("exp_" + suffix)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void createdExpertLogsInWithIdAndPasswordAndWithThePasswordAsAccessCode() {
        String password = "pw-" + unique();
        String id = newExpert(password);

        JsonNode byPassword = anonymous().postJson("/api/expert/login",
                Map.of("expert_id", id.toUpperCase(), "password", password)).expect(200).json();
        JsonNode byCode = anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(200).json();

        assertThat(byPassword.path("expert").path("expert_id").asString()).isEqualTo(id);
        assertThat(byCode.path("expert").path("expert_id").asString()).isEqualTo(id);
    }

    @Test
    void createRefusesAnInvalidId() {
        ApiClient admin = admin();
        int before = count("experts");

        for (String badId : List.of("ab", "bad id", "-starts-with-dash", "exp!", "x".repeat(51), "")) {
            JsonNode reply = admin.postJson("/api/admin/experts", Map.of("expert_id", badId, "display_name", "Name",
                    "password", "pw-" + unique())).expect(400).json();
            assertThat(reply.path("detail").asString()).as("id %s", badId).isEqualTo(BAD_ID);
        }

        assertThat(count("experts")).isEqualTo(before);
    }

    @Test
    void createRefusesAMissingIdWithTheIdMessage() {
        JsonNode reply = admin().postJson("/api/admin/experts", Map.of("display_name", "Name",
                "password", "pw-" + unique())).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo(BAD_ID);
    }

    @Test
    void createRefusesAMissingOrBlankDisplayName() {
        ApiClient admin = admin();

        JsonNode missing = admin.postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "password", "pw-" + unique())).expect(400).json();
        JsonNode blank = admin.postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "display_name", "   ", "password", "pw-" + unique())).expect(400).json();

        assertThat(missing.path("detail").asString()).isEqualTo("display_name is required");
        assertThat(blank.path("detail").asString()).isEqualTo("display_name is required");
    }

    @Test
    void createRefusesAMissingOrEmptyPassword() {
        ApiClient admin = admin();

        JsonNode missing = admin.postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "display_name", "Name")).expect(400).json();
        JsonNode empty = admin.postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "display_name", "Name", "password", "")).expect(400).json();

        assertThat(missing.path("detail").asString()).isEqualTo("password is required");
        assertThat(empty.path("detail").asString()).isEqualTo("password is required");
    }

    @Test
    void createRefusesAPasswordShorterThanSixOrLongerThanSixtyFourCharacters() {
        ApiClient admin = admin();
        String id = "exp_" + unique();

        JsonNode tooShort = admin.postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Name",
                "password", "12345")).expect(400).json();
        JsonNode tooLong = admin.postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Name",
                "password", "p".repeat(65))).expect(400).json();

        assertThat(tooShort.path("detail").asString()).isEqualTo("password must be 6-64 characters");
        assertThat(tooLong.path("detail").asString()).isEqualTo("password must be 6-64 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experts WHERE expert_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void createValidatesTheIdBeforeTheNameAndTheNameBeforeThePassword() {
        ApiClient admin = admin();

        JsonNode allBad = admin.postJson("/api/admin/experts", Map.of("expert_id", "!", "password", "1"))
                .expect(400).json();
        JsonNode nameAndPasswordBad = admin.postJson("/api/admin/experts",
                Map.of("expert_id", "exp_" + unique(), "password", "1")).expect(400).json();

        assertThat(allBad.path("detail").asString()).isEqualTo(BAD_ID);
        assertThat(nameAndPasswordBad.path("detail").asString()).isEqualTo("display_name is required");
    }

    @Test
    void createRefusesAnExistingIdWith409EvenWrittenDifferently() {
        String id = newExpert("pw-" + unique());

        JsonNode reply = admin().postJson("/api/admin/experts", Map.of("expert_id", "  " + id.toUpperCase(),
                "display_name", "Someone Else", "password", "pw-" + unique())).expect(409).json();

        assertThat(reply.path("detail").asString()).isEqualTo("expert_id already exists");
        assertThat(admin().get("/api/admin/experts").json().path("experts").findValuesAsString("display_name"))
                .doesNotContain("Someone Else");
    }

    @Test
    void createRefusesAPasswordThatIsAlreadyAnotherAccountsAccessCode() {
        String sharedSecret = "pw-" + unique();
        newExpert(sharedSecret);
        String id = "exp_" + unique();
        int codesBefore = count("access_codes");

        JsonNode reply = admin().postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Copycat",
                "password", sharedSecret)).expect(409).json();

        assertThat(reply.path("detail").asString()).contains("already in use");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experts WHERE expert_id = ?").param(id)
                .query(Integer.class).single()).as("the expert row is rolled back").isZero();
        assertThat(count("access_codes")).isEqualTo(codesBefore);
    }

    @Test
    void createRefusesAPasswordThatIsAParentsLoginCode() {
        String parentCode = "code-" + unique();
        newParent(parentCode);

        JsonNode reply = admin().postJson("/api/admin/experts", Map.of("expert_id", "exp_" + unique(),
                "display_name", "Copycat", "password", parentCode)).expect(409).json();

        assertThat(reply.path("detail").asString()).contains("already in use");
    }

    // ---- update ----

    @Test
    void updateChangesTheDisplayNameAndRefreshesUpdatedAt() {
        String id = newExpert("pw-" + unique());
        // times are kept in whole seconds: date the row back so a refresh shows without waiting
        jdbc.sql("UPDATE experts SET created_at = '2020-01-01 00:00:00', updated_at = '2020-01-01 00:00:00'"
                + " WHERE expert_id = ?").param(id).update();

        JsonNode reply = admin().putJson("/api/admin/experts/" + id, Map.of("display_name", "  Renamed   Expert "))
                .expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("expert").path("display_name").asString()).isEqualTo("Renamed Expert");
        assertThat(reply.path("expert").path("updated_at").asString()).isNotEqualTo("2020-01-01T00:00:00+00:00");
        assertThat(reply.path("expert").path("created_at").asString()).isEqualTo("2020-01-01T00:00:00+00:00");
        assertThat(expertInList(id).path("display_name").asString()).isEqualTo("Renamed Expert");
    }

    @Test
    void updateNormalisesTheIdInThePath() {
        String id = newExpert("pw-" + unique());

        JsonNode reply = admin().putJson("/api/admin/experts/" + id.toUpperCase(), Map.of("display_name", "Upper"))
                .expect(200).json();

        assertThat(reply.path("expert").path("expert_id").asString()).isEqualTo(id);
        assertThat(reply.path("expert").path("display_name").asString()).isEqualTo("Upper");
    }

    @Test
    void updatedPasswordIsRehashedAndBecomesTheAccessCodeWhileTheOldOneStopsWorking() {
        String oldPassword = "old-" + unique();
        String newPassword = "new-" + unique();
        String id = newExpert(oldPassword);
        String hashBefore = passwordHash(id);

        admin().putJson("/api/admin/experts/" + id, Map.of("password", newPassword)).expect(200);

        assertThat(passwordHash(id)).isNotEqualTo(hashBefore).doesNotContain(newPassword).startsWith("pbkdf2_sha256$");
        anonymous().postJson("/api/expert/login", Map.of("expert_id", id, "password", newPassword)).expect(200);
        anonymous().postJson("/api/expert/login", Map.of("access_code", newPassword)).expect(200);
        JsonNode oldByPassword = anonymous().postJson("/api/expert/login",
                Map.of("expert_id", id, "password", oldPassword)).expect(401).json();
        JsonNode oldByCode = anonymous().postJson("/api/expert/login", Map.of("access_code", oldPassword))
                .expect(401).json();
        assertThat(oldByPassword.path("message").asString()).isEqualTo("Invalid expert ID or password");
        assertThat(oldByCode.path("message").asString()).isEqualTo("Invalid access code");
    }

    @Test
    void updateRefusesAPasswordThatIsAnotherAccountsCodeAndKeepsTheOldPassword() {
        String taken = "pw-" + unique();
        newExpert(taken);
        String password = "pw-" + unique();
        String id = newExpert(password);

        JsonNode reply = admin().putJson("/api/admin/experts/" + id, Map.of("password", taken)).expect(409).json();

        assertThat(reply.path("detail").asString()).contains("already in use");
        anonymous().postJson("/api/expert/login", Map.of("expert_id", id, "password", password)).expect(200);
    }

    @Test
    void updateRefusesAnEmptyOrShortPassword() {
        String id = newExpert("pw-" + unique());
        ApiClient admin = admin();

        JsonNode empty = admin.putJson("/api/admin/experts/" + id, Map.of("password", "")).expect(400).json();
        JsonNode tooShort = admin.putJson("/api/admin/experts/" + id, Map.of("password", "abc")).expect(400).json();

        assertThat(empty.path("detail").asString()).isEqualTo("password cannot be empty");
        assertThat(tooShort.path("detail").asString()).isEqualTo("password must be 6-64 characters");
    }

    @Test
    void updateRefusesAnIsActiveThatIsNotAJsonBoolean() {
        String id = newExpert("pw-" + unique());
        ApiClient admin = admin();

        for (String body : List.of("{\"is_active\": \"false\"}", "{\"is_active\": 0}", "{\"is_active\": null}")) {
            JsonNode reply = admin.putJson("/api/admin/experts/" + id, body).expect(400).json();
            assertThat(reply.path("detail").asString()).as(body).isEqualTo("is_active must be true or false");
        }

        assertThat(expertInList(id).path("is_active").asBoolean()).isTrue();
    }

    @Test
    void updateRefusesABlankDisplayName() {
        String id = newExpert("pw-" + unique());

        JsonNode reply = admin().putJson("/api/admin/experts/" + id, Map.of("display_name", "   ")).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("display_name cannot be empty");
        assertThat(expertInList(id).path("display_name").asString()).isEqualTo("Expert " + id);
    }

    @Test
    void updateWithNoRecognisedFieldReturnsTheCurrentExpertUnchanged() {
        String id = newExpert("pw-" + unique());
        JsonNode before = expertInList(id);

        JsonNode reply = admin().putJson("/api/admin/experts/" + id, Map.of("nickname", "ignored")).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("expert")).isEqualTo(before);
        assertThat(admin().putJson("/api/admin/experts/" + id, Map.of()).expect(200).json().path("expert"))
                .isEqualTo(before);
    }

    @Test
    void updateCanDeactivateAndReactivate() {
        String password = "pw-" + unique();
        String id = newExpert(password);
        ApiClient admin = admin();

        assertThat(admin.putJson("/api/admin/experts/" + id, Map.of("is_active", false)).expect(200).json()
                .path("expert").path("is_active").asBoolean()).isFalse();
        anonymous().postJson("/api/expert/login", Map.of("expert_id", id, "password", password)).expect(401);

        assertThat(admin.putJson("/api/admin/experts/" + id, Map.of("is_active", true)).expect(200).json()
                .path("expert").path("is_active").asBoolean()).isTrue();
        anonymous().postJson("/api/expert/login", Map.of("expert_id", id, "password", password)).expect(200);
    }

    @Test
    void updateOfAnUnknownExpertIs404() {
        JsonNode reply = admin().putJson("/api/admin/experts/exp_missing_" + unique(), Map.of("display_name", "X"))
                .expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("expert not found");
    }

    // ---- deactivate ----

    @Test
    void deactivateStopsLoginsAndEndsTheExpertsOpenSession() {
        String password = "pw-" + unique();
        String id = newExpert(password);
        ApiClient openSession = expert(id, password);
        openSession.get("/api/expert/access-code").expect(200);

        JsonNode reply = admin().post("/api/admin/experts/" + id + "/deactivate").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("expert").path("expert_id").asString()).isEqualTo(id);
        assertThat(reply.path("expert").path("is_active").asBoolean()).isFalse();
        assertThat(expertInList(id).path("is_active").asBoolean()).isFalse();
        anonymous().postJson("/api/expert/login", Map.of("expert_id", id, "password", password)).expect(401);
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(401);
        openSession.get("/api/expert/access-code").expect(401);
    }

    @Test
    void deactivateOfAnUnknownExpertIs404() {
        JsonNode reply = admin().post("/api/admin/experts/exp_missing_" + unique() + "/deactivate").expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("expert not found");
    }

    // ---- delete ----

    @Test
    void deleteRemovesTheExpertAndItsAccessCode() {
        String password = "pw-" + unique();
        String id = newExpert(password);

        JsonNode reply = admin().delete("/api/admin/experts/" + id).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(admin().get("/api/admin/experts").json().path("experts").findValuesAsString("expert_id"))
                .doesNotContain(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_codes WHERE expert_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        anonymous().postJson("/api/expert/login", Map.of("access_code", password)).expect(401);
        // the password is free again as a code
        newParent(password);
    }

    @Test
    void deleteOfAnUnknownExpertIs404() {
        JsonNode reply = admin().delete("/api/admin/experts/exp_missing_" + unique()).expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("expert not found");
    }

    /** Reference test I8: deleting an expert unlinks its children instead of failing. */
    @Test
    void deleteExpertUnlinksItsChildNotFail_I8() {
        String id = newExpert("pw-" + unique());
        String childId = newChild(id, null, "Cat");

        admin().delete("/api/admin/experts/" + id).expect(200);

        JsonNode children = admin().get("/api/admin/children?include_inactive=true").expect(200).json()
                .path("children");
        JsonNode child = null;
        for (JsonNode candidate : children) {
            if (candidate.path("child_id").asString().equals(childId)) {
                child = candidate;
            }
        }
        assertThat(child).as("the child still exists").isNotNull();
        assertThat(child.path("expert_id").isNull()).isTrue();
        assertThat(child.path("expert_name").isNull()).isTrue();
    }

    // ---- audit ----

    @Test
    void createUpdateDeactivateAndDeleteAreAuditedAsAdmin() {
        String id = "exp_" + unique();
        ApiClient admin = admin();

        admin.postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Audited",
                "password", "pw-" + unique())).expect(200);
        admin.putJson("/api/admin/experts/" + id, Map.of("display_name", "Audited Again")).expect(200);
        admin.post("/api/admin/experts/" + id + "/deactivate").expect(200);
        admin.delete("/api/admin/experts/" + id).expect(200);

        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT actor_role, actor_id, action, detail, client_ip FROM audit_log
                        WHERE target_kind = 'expert' AND target_id = ? ORDER BY id""")
                .param(id).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("action"))
                .containsExactly("expert.create", "expert.update", "expert.deactivate", "expert.delete");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("actor_role")).isEqualTo("ADMIN");
            assertThat(row.get("actor_id")).isEqualTo("admin");
            assertThat(row.get("client_ip")).isEqualTo(admin.address());
        });
        assertThat(rows.get(1).get("detail")).isEqualTo("display_name");
    }

    @Test
    void aPasswordChangeIsAuditedWithoutThePassword() {
        String id = newExpert("pw-" + unique());
        String newPassword = "secret-" + unique();

        admin().putJson("/api/admin/experts/" + id, Map.of("password", newPassword)).expect(200);

        List<String> details = jdbc.sql("SELECT detail FROM audit_log WHERE target_kind = 'expert' AND target_id = ?"
                        + " AND action = 'expert.update'").param(id).query(String.class).list();
        assertThat(details).containsExactly("password");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?").param("%" + newPassword + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRefusedCreateIsNotAudited() {
        String id = "exp_" + unique();

        admin().postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Name", "password", "short"))
                .expect(400);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    private JsonNode expertInList(String id) {
        for (JsonNode expert : admin().get("/api/admin/experts").expect(200).json().path("experts")) {
            if (expert.path("expert_id").asString().equals(id)) {
                return expert;
            }
        }
        throw new AssertionError("expert " + id + " is not listed");
    }

    private String passwordHash(String id) {
        return jdbc.sql("SELECT password_hash FROM experts WHERE expert_id = ?").param(id).query(String.class).single();
    }
}

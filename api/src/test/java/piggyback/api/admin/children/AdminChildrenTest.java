package piggyback.api.admin.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Admin CRUD of child profiles (docs/decisions/0003, 0004 and 0021),
 * with the reference's HTTP tests A5–A8 and I5–I13 ported.
 */
class AdminChildrenTest extends ApiTest {

    // ---- the reference's HTTP tests ----

    @Test
    void adminCanCreateChildProfile_A5() {
        String expertId = newExpert("pw-" + unique());

        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Emma",
                "last_name", "Smith", "icon_key", "pig")).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        JsonNode child = reply.path("child");
        assertThat(child.path("first_name").asString()).isEqualTo("Emma");
        assertThat(child.path("last_name").asString()).isEqualTo("Smith");
        assertThat(child.path("expert_id").asString()).isEqualTo(expertId);
        assertThat(child.path("expert_name").asString()).isEqualTo("Expert " + expertId);
        assertThat(child.path("child_id").asString()).matches("\\d{6}");
        assertThat(child.path("interaction_mode").asString()).isEqualTo("flexible");
        assertThat(child.path("is_active").asBoolean()).isTrue();
        assertThat(child.path("parent_id").isNull()).isTrue();
    }

    @Test
    void learnerEntersExpertIdAndSeesChildren_A6() {
        String code = "pw-" + unique();
        String expertId = newExpert(code);
        admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Liam",
                "last_name", "Jones", "icon_key", "rabbit")).expect(200);

        JsonNode reply = learner(newClassCode(expertId, code)).get("/api/learners/experts/" + expertId + "/children").expect(200).json();

        assertThat(reply.path("children").findValuesAsString("first_name")).contains("Liam");
    }

    @Test
    void learnerCannotSeeInactiveChild_A7() {
        String code = "pw-" + unique();
        String expertId = newExpert(code);
        String childId = newChild(expertId, null, "Hidden");

        admin().post("/api/admin/children/" + childId + "/deactivate").expect(200);

        JsonNode reply = learner(newClassCode(expertId, code)).get("/api/learners/experts/" + expertId + "/children").expect(200).json();
        assertThat(reply.path("children").findValuesAsString("child_id")).doesNotContain(childId);
    }

    /**
     * Reference A8 expects the second create to fail; we follow I12
     * (docs/decisions/0003-duplicate-child-names-and-icons.md): duplicates are allowed.
     */
    @Test
    void duplicateChildNameUnderSameExpertIsAllowed_followsI12_contradictsA8() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        JsonNode first = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ava",
                "last_name", "Wilson", "icon_key", "bear")).expect(200).json();
        JsonNode second = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ava",
                "last_name", "Wilson", "icon_key", "owl")).expect(200).json();

        assertThat(second.path("child").path("child_id").asString())
                .isNotEqualTo(first.path("child").path("child_id").asString());
    }

    @Test
    void adminCanUnlinkChildEndpoint_I5() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Fox");

        JsonNode reply = admin().post("/api/admin/children/" + childId + "/unlink").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("child").path("child_id").asString()).isEqualTo(childId);
        assertThat(reply.path("child").path("expert_id").isNull()).isTrue();
        assertThat(reply.path("child").path("expert_name").isNull()).isTrue();
    }

    @Test
    void adminCanRelinkChildWithPut_I6() {
        String expertA = newExpert("pw-" + unique());
        String expertB = newExpert("pw-" + unique());
        String childId = newChild(expertA, null, "Relinked");
        ApiClient admin = admin();
        admin.post("/api/admin/children/" + childId + "/unlink").expect(200);

        JsonNode reply = admin.putJson("/api/admin/children/" + childId, Map.of("expert_id", expertB)).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("child").path("expert_id").asString()).isEqualTo(expertB);
        assertThat(reply.path("child").path("expert_name").asString()).isEqualTo("Expert " + expertB);
    }

    @Test
    void deleteExpertEndpointUnlinksChildNotFail_I8() {
        String expertId = newExpert("pw-" + unique());
        String childId = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Kit",
                "last_name", "Cat", "icon_key", "cat")).expect(200).json().path("child").path("child_id").asString();

        admin().delete("/api/admin/experts/" + expertId).expect(200);

        JsonNode child = childInList(admin(), "/api/admin/children?include_inactive=true", childId);
        assertThat(child).isNotNull();
        assertThat(child.path("expert_id").isNull()).isTrue();
    }

    @Test
    void newIconKeysAcceptedByApi_I9() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        for (String icon : List.of("simba", "nemo", "mario", "bluey", "peppa")) {
            JsonNode reply = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Icon",
                    "last_name", icon, "icon_key", icon)).expect(200).json();
            assertThat(reply.path("child").path("icon_key").asString()).isEqualTo(icon);
        }
    }

    @Test
    void invalidIconRejectedByApi_I10() {
        String expertId = newExpert("pw-" + unique());

        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Drake",
                "last_name", "Dragon", "icon_key", "dragon")).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("icon_key is invalid");
    }

    @Test
    void deleteChildEndpoint_I11() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Gone");

        JsonNode reply = admin().delete("/api/admin/children/" + childId).expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(childInList(admin(), "/api/admin/children?include_inactive=true", childId)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ?").param(childId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void duplicateNameSameExpertAllowedViaApi_I12() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        String first = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ava",
                "last_name", "Stone", "icon_key", "cat")).expect(200).json().path("child").path("child_id").asString();
        String second = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ava",
                "last_name", "Stone", "icon_key", "fox")).expect(200).json().path("child").path("child_id").asString();

        assertThat(second).isNotEqualTo(first);
        JsonNode listed = admin.get("/api/admin/children?expert_id=" + expertId).expect(200).json();
        assertThat(listed.path("children").findValuesAsString("child_id")).contains(first, second);
    }

    @Test
    void deleteChildNonexistentReturns404_I13() {
        jdbc.sql("DELETE FROM children WHERE child_id = '999999'").update();

        JsonNode reply = admin().delete("/api/admin/children/999999").expect(404).json();

        assertThat(reply.path("detail").asString()).isEqualTo("child not found");
    }

    // ---- create: validation order and messages ----

    @Test
    void createRequiresTheExpertIdFirst() {
        JsonNode missing = admin().postJson("/api/admin/children", Map.of("icon_key", "dragon")).expect(400).json();
        JsonNode blank = admin().postJson("/api/admin/children", Map.of("expert_id", "   ", "first_name", "A"))
                .expect(400).json();

        assertThat(missing.path("detail").asString()).isEqualTo("expert_id is required");
        assertThat(blank.path("detail").asString()).isEqualTo("expert_id is required");
    }

    @Test
    void createRequiresTheFirstNameBeforeCheckingTheIcon() {
        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", "exp_nobody_" + unique(),
                "first_name", "   ", "icon_key", "dragon", "interaction_mode", "weird")).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("first_name is required");
    }

    @Test
    void createChecksTheIconBeforeTheModeAndTheExpert() {
        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", "exp_nobody_" + unique(),
                "first_name", "Ann", "icon_key", "dragon", "interaction_mode", "weird")).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("icon_key is invalid");
    }

    @Test
    void createRefusesAnUnknownInteractionModeBeforeCheckingTheExpert() {
        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", "exp_nobody_" + unique(),
                "first_name", "Ann", "icon_key", "fox", "interaction_mode", "weird")).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("interaction_mode is invalid");
    }

    @Test
    void createChecksTheExpertExistsBeforeTheParent() {
        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", "exp_nobody_" + unique(),
                "first_name", "Ann", "parent_id", "par_nobody_" + unique())).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("expert_id not found");
    }

    @Test
    void createRefusesAnUnknownParent() {
        String expertId = newExpert("pw-" + unique());

        JsonNode reply = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ann",
                "parent_id", "par_nobody_" + unique())).expect(400).json();

        assertThat(reply.path("detail").asString()).isEqualTo("parent_id not found");
    }

    @Test
    void aRejectedCreateWritesNoRow() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();
        int before = count("children");

        admin.postJson("/api/admin/children", Map.of("first_name", "Ann")).expect(400);
        admin.postJson("/api/admin/children", Map.of("expert_id", expertId)).expect(400);
        admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ann", "icon_key", "dragon"))
                .expect(400);
        admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ann",
                "interaction_mode", "weird")).expect(400);
        admin.postJson("/api/admin/children", Map.of("expert_id", "exp_nobody_" + unique(), "first_name", "Ann"))
                .expect(400);
        admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Ann",
                "parent_id", "par_nobody_" + unique())).expect(400);

        assertThat(count("children")).isEqualTo(before);
    }

    // ---- create: accepted input ----

    @Test
    void lastNameAndIconAreOptionalAndDefaultToEmptyAndPig() {
        String expertId = newExpert("pw-" + unique());

        JsonNode child = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Solo"))
                .expect(200).json().path("child");

        assertThat(child.path("last_name").asString()).isEmpty();
        assertThat(child.path("last_name").isString()).isTrue();
        assertThat(child.path("icon_key").asString()).isEqualTo("pig");
        assertThat(child.path("interaction_mode").asString()).isEqualTo("flexible");
    }

    @Test
    void alligatorIconIsAccepted() {
        String expertId = newExpert("pw-" + unique());

        JsonNode child = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Mia",
                "last_name", "Davis", "icon_key", "alligator")).expect(200).json().path("child");

        assertThat(child.path("icon_key").asString()).isEqualTo("alligator");
    }

    @Test
    void iconModeAndExpertIdAreNormalised() {
        String expertId = newExpert("pw-" + unique());

        JsonNode child = admin().postJson("/api/admin/children", Map.of("expert_id", "  " + expertId.toUpperCase(),
                "first_name", "Norm", "icon_key", " Fox ", "interaction_mode", "STRICT")).expect(200).json()
                .path("child");

        assertThat(child.path("expert_id").asString()).isEqualTo(expertId);
        assertThat(child.path("icon_key").asString()).isEqualTo("fox");
        assertThat(child.path("interaction_mode").asString()).isEqualTo("strict");
    }

    @Test
    void everyAllowedInteractionModeIsAccepted() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();

        for (String mode : List.of("strict", "flexible", "passive")) {
            JsonNode child = admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Mo",
                    "interaction_mode", mode)).expect(200).json().path("child");
            assertThat(child.path("interaction_mode").asString()).isEqualTo(mode);
        }
    }

    @Test
    void namesAreTrimmedAndInnerWhitespaceCollapsed() {
        String expertId = newExpert("pw-" + unique());

        JsonNode child = admin().postJson("/api/admin/children", Map.of("expert_id", expertId,
                "first_name", "  Mia   Rose ", "last_name", "\tVan \n  Dyke  ")).expect(200).json().path("child");

        assertThat(child.path("first_name").asString()).isEqualTo("Mia Rose");
        assertThat(child.path("last_name").asString()).isEqualTo("Van Dyke");
    }

    @Test
    void namesOfAHundredCharactersAreAcceptedButNotLonger() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();
        int before = count("children");

        JsonNode longFirst = admin.postJson("/api/admin/children", Map.of("expert_id", expertId,
                "first_name", "F".repeat(101))).expect(400).json();
        JsonNode longLast = admin.postJson("/api/admin/children", Map.of("expert_id", expertId,
                "first_name", "Ok", "last_name", "L".repeat(101))).expect(400).json();

        assertThat(longFirst.path("detail").asString()).isEqualTo("first_name must be at most 100 characters");
        assertThat(longLast.path("detail").asString()).isEqualTo("last_name must be at most 100 characters");
        assertThat(count("children")).isEqualTo(before);
        admin.postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "F".repeat(100),
                "last_name", "L".repeat(100))).expect(200);
    }

    @Test
    void aNonStringFirstNameIsRefused() {
        String expertId = newExpert("pw-" + unique());
        ApiClient admin = admin();
        int before = count("children");

        JsonNode object = admin.postJson("/api/admin/children", "{\"expert_id\": \"" + expertId
                + "\", \"first_name\": {\"a\": 1}}").expect(400).json();
        JsonNode array = admin.postJson("/api/admin/children", "{\"expert_id\": \"" + expertId
                + "\", \"first_name\": [\"Ann\"]}").expect(400).json();

        assertThat(object.path("detail").asString()).isEqualTo("first_name must be a string");
        assertThat(array.path("detail").asString()).isEqualTo("first_name must be a string");
        assertThat(count("children")).isEqualTo(before);
    }

    @Test
    void createWithAParentLinksBoth() {
        String expertId = newExpert("pw-" + unique());
        String parentId = newParent("code-" + unique());

        JsonNode child = admin().postJson("/api/admin/children", Map.of("expert_id", expertId, "first_name", "Pat",
                "parent_id", parentId.toUpperCase())).expect(200).json().path("child");

        assertThat(child.path("parent_id").asString()).isEqualTo(parentId);
        assertThat(child.path("parent_name").asString()).isEqualTo("Parent " + parentId);
        assertThat(child.path("expert_id").asString()).isEqualTo(expertId);
    }

    // ---- list ----

    @Test
    void listAnswersChildrenExpertsIconKeysAndCount() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Listed");

        JsonNode reply = admin().get("/api/admin/children").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("children").findValuesAsString("child_id")).contains(childId);
        assertThat(reply.path("count").asInt()).isEqualTo(reply.path("children").size());
        assertThat(reply.path("experts").findValuesAsString("expert_id")).contains(expertId);
        assertThat(reply.path("experts").toString()).doesNotContain("password_hash");
    }

    @Test
    void iconKeysAreTheTwentyFiveOfTheSpecPlusAlligatorLast() {
        JsonNode keys = admin().get("/api/admin/children").expect(200).json().path("icon_keys");

        List<String> icons = new ArrayList<>();
        keys.forEach(key -> icons.add(key.asString()));
        assertThat(icons).hasSize(26);
        assertThat(icons.get(0)).isEqualTo("pig");
        assertThat(icons.get(24)).isEqualTo("dino");
        assertThat(icons.get(25)).isEqualTo("alligator");
    }

    @Test
    void listFiltersByExpertWithTheIdNormalised() {
        String expertA = newExpert("pw-" + unique());
        String expertB = newExpert("pw-" + unique());
        String childOfA = newChild(expertA, null, "Alpha");
        String childOfB = newChild(expertB, null, "Beta");

        JsonNode reply = admin().get("/api/admin/children?expert_id=%20" + expertA.toUpperCase()).expect(200).json();

        assertThat(reply.path("children").findValuesAsString("child_id")).containsExactly(childOfA)
                .doesNotContain(childOfB);
        assertThat(reply.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyExpertFilterListsNobody() {
        newChild(newExpert("pw-" + unique()), null, "Someone");

        JsonNode reply = admin().get("/api/admin/children?expert_id=").expect(200).json();

        assertThat(reply.path("children").isArray()).isTrue();
        assertThat(reply.path("children").size()).isZero();
        assertThat(reply.path("count").asInt()).isZero();
    }

    @Test
    void includeInactiveAcceptsTheFastApiSpellingsOfTrueAndFalse() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Sleepy");
        ApiClient admin = admin();
        admin.post("/api/admin/children/" + childId + "/deactivate").expect(200);
        String base = "/api/admin/children?expert_id=" + expertId;

        for (String yes : List.of("true", "1", "yes", "on", "YES", "True")) {
            assertThat(childInList(admin, base + "&include_inactive=" + yes, childId)).as(yes).isNotNull();
        }
        for (String no : List.of("false", "0", "no", "off")) {
            assertThat(childInList(admin, base + "&include_inactive=" + no, childId)).as(no).isNull();
        }
        assertThat(childInList(admin, base, childId)).as("default").isNull();
    }

    @Test
    void includeInactiveRefusesAnythingElseWith422() {
        JsonNode reply = admin().get("/api/admin/children?include_inactive=maybe").expect(422).json();

        assertThat(reply.path("detail").asString()).isEqualTo("include_inactive must be a boolean");
    }

    // ---- update ----

    @Test
    void updateChangesTheGivenFieldsOnly() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Zed");

        JsonNode child = admin().putJson("/api/admin/children/" + childId, Map.of("first_name", " Zoey ",
                "icon_key", "penguin", "interaction_mode", "passive")).expect(200).json().path("child");

        assertThat(child.path("first_name").asString()).isEqualTo("Zoey");
        assertThat(child.path("icon_key").asString()).isEqualTo("penguin");
        assertThat(child.path("interaction_mode").asString()).isEqualTo("passive");
        assertThat(child.path("last_name").asString()).isEqualTo("Tester");
        assertThat(child.path("expert_id").asString()).isEqualTo(expertId);
    }

    @Test
    void updateRefusesBadValues() {
        String childId = newChild(newExpert("pw-" + unique()), null, "Steady");
        ApiClient admin = admin();
        String path = "/api/admin/children/" + childId;

        assertThat(admin.putJson(path, Map.of("first_name", "  ")).expect(400).json().path("detail").asString())
                .isEqualTo("first_name cannot be empty");
        assertThat(admin.putJson(path, Map.of("icon_key", "dragon")).expect(400).json().path("detail").asString())
                .isEqualTo("icon_key is invalid");
        assertThat(admin.putJson(path, Map.of("interaction_mode", "weird")).expect(400).json().path("detail")
                .asString()).isEqualTo("interaction_mode is invalid");
        assertThat(admin.putJson(path, Map.of("is_active", "no")).expect(400).json().path("detail").asString())
                .isEqualTo("is_active must be true or false");
        assertThat(admin.putJson(path, Map.of("expert_id", "exp_nobody_" + unique())).expect(400).json()
                .path("detail").asString()).isEqualTo("expert_id not found");
        assertThat(admin.putJson(path, Map.of("parent_id", "par_nobody_" + unique())).expect(400).json()
                .path("detail").asString()).isEqualTo("parent_id not found");

        JsonNode unchanged = childInList(admin, "/api/admin/children?include_inactive=true", childId);
        assertThat(unchanged.path("first_name").asString()).isEqualTo("Steady");
        assertThat(unchanged.path("icon_key").asString()).isEqualTo("fox");
        assertThat(unchanged.path("is_active").asBoolean()).isTrue();
    }

    @Test
    void updateWithAnEmptyExpertIdUnlinksTheExpert() {
        String childId = newChild(newExpert("pw-" + unique()), null, "Loose");

        JsonNode child = admin().putJson("/api/admin/children/" + childId, Map.of("expert_id", "")).expect(200).json()
                .path("child");

        assertThat(child.path("expert_id").isNull()).isTrue();
        assertThat(child.path("expert_name").isNull()).isTrue();
    }

    @Test
    void updateLinksAndUnlinksAParent() {
        String expertId = newExpert("pw-" + unique());
        String parentId = newParent("code-" + unique());
        String childId = newChild(expertId, null, "Linky");
        ApiClient admin = admin();

        JsonNode linked = admin.putJson("/api/admin/children/" + childId, Map.of("parent_id", parentId)).expect(200)
                .json().path("child");
        assertThat(linked.path("parent_id").asString()).isEqualTo(parentId);
        assertThat(linked.path("parent_name").asString()).isEqualTo("Parent " + parentId);

        JsonNode unlinked = admin.putJson("/api/admin/children/" + childId, "{\"parent_id\": null}").expect(200).json()
                .path("child");
        assertThat(unlinked.path("parent_id").isNull()).isTrue();
        assertThat(unlinked.path("parent_name").isNull()).isTrue();
        assertThat(unlinked.path("expert_id").asString()).as("the expert stays").isEqualTo(expertId);

        admin.putJson("/api/admin/children/" + childId, Map.of("parent_id", parentId)).expect(200);
        JsonNode emptied = admin.putJson("/api/admin/children/" + childId, Map.of("parent_id", "")).expect(200).json()
                .path("child");
        assertThat(emptied.path("parent_id").isNull()).isTrue();
    }

    @Test
    void updateWithNoFieldReturnsTheCurrentChild() {
        String childId = newChild(newExpert("pw-" + unique()), null, "Same");
        JsonNode before = childInList(admin(), "/api/admin/children?include_inactive=true", childId);

        JsonNode reply = admin().putJson("/api/admin/children/" + childId, Map.of()).expect(200).json();

        assertThat(reply.path("child")).isEqualTo(before);
    }

    @Test
    void updateOfAnUnknownChildIs404() {
        jdbc.sql("DELETE FROM children WHERE child_id = '999998'").update();

        JsonNode reply = admin().putJson("/api/admin/children/999998", Map.of("first_name", "Nobody")).expect(404)
                .json();

        assertThat(reply.path("detail").asString()).isEqualTo("child not found");
    }

    // ---- unlink, deactivate ----

    @Test
    void unlinkClearsBothTheExpertAndTheParent() {
        String expertId = newExpert("pw-" + unique());
        String parentId = newParent("code-" + unique());
        String childId = newChild(expertId, parentId, "Free");

        JsonNode child = admin().post("/api/admin/children/" + childId + "/unlink").expect(200).json().path("child");

        assertThat(child.path("expert_id").isNull()).isTrue();
        assertThat(child.path("expert_name").isNull()).isTrue();
        assertThat(child.path("parent_id").isNull()).isTrue();
        assertThat(child.path("parent_name").isNull()).isTrue();
        assertThat(child.path("first_name").asString()).isEqualTo("Free");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM children WHERE child_id = ? AND expert_id IS NULL"
                + " AND parent_id IS NULL").param(childId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void deactivateHidesTheChildFromTheDefaultList() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Napping");
        ApiClient admin = admin();

        JsonNode reply = admin.post("/api/admin/children/" + childId + "/deactivate").expect(200).json();

        assertThat(reply.path("success").asBoolean()).isTrue();
        assertThat(reply.path("child").path("is_active").asBoolean()).isFalse();
        assertThat(childInList(admin, "/api/admin/children?expert_id=" + expertId, childId)).isNull();
        assertThat(childInList(admin, "/api/admin/children?expert_id=" + expertId + "&include_inactive=true", childId)
                .path("is_active").asBoolean()).isFalse();
    }

    @Test
    void aDeactivatedChildCanBeReactivatedWithPut() {
        String childId = newChild(newExpert("pw-" + unique()), null, "Awake");
        ApiClient admin = admin();
        admin.post("/api/admin/children/" + childId + "/deactivate").expect(200);

        JsonNode child = admin.putJson("/api/admin/children/" + childId, Map.of("is_active", true)).expect(200).json()
                .path("child");

        assertThat(child.path("is_active").asBoolean()).isTrue();
    }

    @Test
    void unknownChildIs404OnEveryRoute() {
        jdbc.sql("DELETE FROM children WHERE child_id = '999997'").update();
        ApiClient admin = admin();

        assertThat(admin.post("/api/admin/children/999997/unlink").expect(404).json().path("detail").asString())
                .isEqualTo("child not found");
        assertThat(admin.post("/api/admin/children/999997/deactivate").expect(404).json().path("detail").asString())
                .isEqualTo("child not found");
    }

    @Test
    void aMalformedChildIdIsNotFoundOnEveryRoute() {
        ApiClient admin = admin();

        for (String badId : List.of("12ab", "1234567", "12345")) {
            String path = "/api/admin/children/" + badId;
            assertThat(admin.putJson(path, Map.of("first_name", "X")).expect(404).json().path("detail").asString())
                    .as("PUT %s", badId).isEqualTo("child not found");
            assertThat(admin.delete(path).expect(404).json().path("detail").asString())
                    .as("DELETE %s", badId).isEqualTo("child not found");
            assertThat(admin.post(path + "/deactivate").expect(404).json().path("detail").asString())
                    .as("deactivate %s", badId).isEqualTo("child not found");
            assertThat(admin.post(path + "/unlink").expect(404).json().path("detail").asString())
                    .as("unlink %s", badId).isEqualTo("child not found");
        }
    }

    @Test
    void childAdministrationNeedsAnAdminSession() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        Map<String, Object> body = new HashMap<>(Map.of("expert_id", expertId, "first_name", "Sneaky"));
        int before = count("children");

        anonymous().get("/api/admin/children").expect(401);
        anonymous().postJson("/api/admin/children", body).expect(401);
        expert(expertId, password).postJson("/api/admin/children", body).expect(403);

        assertThat(count("children")).isEqualTo(before);
    }

    // ---- audit ----

    @Test
    void childChangesAreAuditedAsAdmin() {
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, null, "Watched");
        ApiClient admin = admin();

        admin.putJson("/api/admin/children/" + childId, Map.of("first_name", "Watched Again")).expect(200);
        admin.post("/api/admin/children/" + childId + "/unlink").expect(200);
        admin.post("/api/admin/children/" + childId + "/deactivate").expect(200);
        admin.delete("/api/admin/children/" + childId).expect(200);

        List<Map<String, Object>> rows = jdbc.sql("SELECT actor_role, action FROM audit_log"
                + " WHERE target_kind = 'child' AND target_id = ? ORDER BY id").param(childId).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("child.create", "child.update",
                "child.unlink", "child.deactivate", "child.delete");
        assertThat(rows).extracting(row -> row.get("actor_role")).containsOnly("ADMIN");
    }

    /** The child with this id in the list at {@code path}, or null when it is not listed. */
    private static JsonNode childInList(ApiClient client, String path, String childId) {
        for (JsonNode child : client.get(path).expect(200).json().path("children")) {
            if (child.path("child_id").asString().equals(childId)) {
                return child;
            }
        }
        return null;
    }
}

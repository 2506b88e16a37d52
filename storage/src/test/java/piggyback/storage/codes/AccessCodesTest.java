package piggyback.storage.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.StorageTestBase;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parents;

class AccessCodesTest extends StorageTestBase {

    @Autowired
    AccessCodes codes;
    @Autowired
    Experts experts;
    @Autowired
    Parents parents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeFindsItsOwnerAndIsNeverStoredInClear() {
        String expert = newExpert();
        String code = "sunny-" + unique();

        codes.assign(CodeOwner.expert(expert), code, false);

        assertThat(codes.findOwner(code)).contains(CodeOwner.expert(expert));
        assertThat(codes.findOwner(code + "x")).isEmpty();
        String stored = jdbc.sql("SELECT CONCAT(lookup_digest, code_hash) FROM access_codes WHERE expert_id = ?")
                .param(expert).query(String.class).single();
        assertThat(stored).doesNotContain(code);
    }

    @Test
    void aCodeBelongsToOneAccountOnlyAcrossExpertsAndParents() {
        String expert = newExpert();
        String parent = newParent();
        String code = "shared-" + unique();
        codes.assign(CodeOwner.expert(expert), code, false);

        assertThatThrownBy(() -> codes.assign(CodeOwner.parent(parent), code, false))
                .isInstanceOf(AccessCodeInUseException.class);
        assertThat(codes.hasCode(CodeOwner.parent(parent))).isFalse();
        assertThat(codes.isAvailableFor(CodeOwner.expert(expert), code)).isTrue();
        assertThat(codes.isAvailableFor(CodeOwner.parent(parent), code)).isFalse();
    }

    @Test
    void aNewCodeReplacesTheOldOneAndRemembersWhoChoseIt() {
        String parent = newParent();
        String first = "first-" + unique();
        String second = "second-" + unique();
        codes.assign(CodeOwner.parent(parent), first, false);

        codes.assign(CodeOwner.parent(parent), second, true);

        assertThat(codes.findOwner(first)).isEmpty();
        assertThat(codes.findOwner(second)).contains(CodeOwner.parent(parent));
        assertThat(codes.isChosenByOwner(CodeOwner.parent(parent))).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_codes WHERE parent_id = ?").param(parent)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void deletingTheOwnerDeletesItsCode() {
        String expert = newExpert();
        String code = "gone-" + unique();
        codes.assign(CodeOwner.expert(expert), code, false);

        experts.delete(expert);

        assertThat(codes.findOwner(code)).isEmpty();
    }

    @Test
    void aClassCodeIsItsExpertsClassNotTheExpertAndNeverOneOfItsOtherCodes() {
        String expert = newExpert();
        String own = "own-" + unique();
        String classCode = "class-" + unique();
        codes.assign(CodeOwner.expert(expert), own, true);

        codes.assign(CodeOwner.classOf(expert), classCode, true);

        assertThat(codes.findOwner(classCode)).contains(CodeOwner.classOf(expert));
        assertThat(codes.findOwner(own)).contains(CodeOwner.expert(expert));
        assertThatThrownBy(() -> codes.assign(CodeOwner.classOf(expert), own, true))
                .isInstanceOf(AccessCodeInUseException.class);
        assertThat(codes.findOwner(classCode)).contains(CodeOwner.classOf(expert));
    }

    @Test
    void clearingAClassCodeLeavesTheExpertsOwnCode() {
        String expert = newExpert();
        String own = "own-" + unique();
        String classCode = "class-" + unique();
        codes.assign(CodeOwner.expert(expert), own, false);
        codes.assign(CodeOwner.classOf(expert), classCode, true);

        assertThat(codes.clear(CodeOwner.classOf(expert))).isTrue();

        assertThat(codes.findOwner(classCode)).isEmpty();
        assertThat(codes.hasCode(CodeOwner.classOf(expert))).isFalse();
        assertThat(codes.findOwner(own)).contains(CodeOwner.expert(expert));
        assertThat(codes.clear(CodeOwner.classOf(expert))).isFalse();
    }

    @Test
    void deletingTheExpertDeletesItsClassCode() {
        String expert = newExpert();
        String classCode = "class-" + unique();
        codes.assign(CodeOwner.classOf(expert), classCode, true);

        experts.delete(expert);

        assertThat(codes.findOwner(classCode)).isEmpty();
    }

    private String newExpert() {
        String id = "exp_" + unique();
        experts.insert(id, "Expert", PasswordHashing.hash("irrelevant"));
        return id;
    }

    private String newParent() {
        String id = "par_" + unique();
        parents.insert(id, "Parent");
        return id;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package piggyback.storage.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.storage.StorageTestBase;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parents;

/** The reference's repository-level tests (U17–U22, U30, U31) and the parent links. */
class ChildrenTest extends StorageTestBase {

    @Autowired
    Children children;
    @Autowired
    Experts experts;
    @Autowired
    Parents parents;

    @Test
    void newChildrenGetSixDigitIdsAndAppearUnderTheirExpert() {
        String expert = newExpert();

        Child mia = children.insert(new NewChild(expert, null, "Mia", "Lin", "fox", "flexible"));

        assertThat(mia.childId()).matches("\\d{6}");
        assertThat(mia.expertName()).isEqualTo("Expert " + expert);
        assertThat(children.list(ChildFilter.ofExpert(expert, false)))
                .extracting(Child::childId).containsExactly(mia.childId());
    }

    @Test
    void duplicateNamesAreAllowedUnderOneExpertAndAcrossExperts() {
        String expert = newExpert();
        String other = newExpert();

        Child first = children.insert(new NewChild(expert, null, "Ava", "Stone", "cat", "flexible"));
        Child second = children.insert(new NewChild(expert, null, "Ava", "Stone", "fox", "flexible"));
        Child third = children.insert(new NewChild(other, null, "Ava", "Stone", "bear", "flexible"));

        assertThat(first.childId()).isNotEqualTo(second.childId()).isNotEqualTo(third.childId());
        assertThat(children.list(ChildFilter.ofExpert(expert, false))).hasSize(2);
    }

    @Test
    void updatesChangeOnlyWhatIsGivenAndDeactivatedChildrenLeaveTheActiveList() {
        String expert = newExpert();
        Child child = children.insert(new NewChild(expert, null, "Mia", "Lin", "fox", "strict"));

        children.update(child.childId(), new ChildChanges("Zoey", null, "penguin", null, null, null, null));
        children.update(child.childId(), ChildChanges.deactivate());

        Child changed = children.find(child.childId()).orElseThrow();
        assertThat(changed.firstName()).isEqualTo("Zoey");
        assertThat(changed.lastName()).isEqualTo("Lin");
        assertThat(changed.iconKey()).isEqualTo("penguin");
        assertThat(changed.interactionMode()).isEqualTo("strict");
        assertThat(changed.active()).isFalse();
        assertThat(children.list(ChildFilter.ofExpert(expert, false))).isEmpty();
        assertThat(children.list(ChildFilter.ofExpert(expert, true))).extracting(Child::childId)
                .containsExactly(child.childId());
    }

    @Test
    void unlinkingClearsExpertAndParent() {
        String expert = newExpert();
        String parent = newParent();
        Child child = children.insert(new NewChild(expert, parent, "Leo", "", "owl", "flexible"));
        assertThat(child.parentName()).isEqualTo("Parent " + parent);

        children.update(child.childId(), ChildChanges.unlinkEverything());

        Child unlinked = children.find(child.childId()).orElseThrow();
        assertThat(unlinked.expertId()).isNull();
        assertThat(unlinked.expertName()).isNull();
        assertThat(unlinked.parentId()).isNull();
    }

    @Test
    void deletingAnExpertOrParentUnlinksTheirChildrenInsteadOfFailing() {
        String expert = newExpert();
        String parent = newParent();
        Child child = children.insert(new NewChild(expert, parent, "Leo", "", "owl", "flexible"));

        experts.delete(expert);
        parents.delete(parent);

        Child orphan = children.find(child.childId()).orElseThrow();
        assertThat(orphan.expertId()).isNull();
        assertThat(orphan.parentId()).isNull();
    }

    @Test
    void anExpertsCodeListsOnlyItsActiveChildrenWithoutAParent() {
        String expert = newExpert();
        String parent = newParent();
        Child own = children.insert(new NewChild(expert, null, "Own", "", "owl", "flexible"));
        children.insert(new NewChild(expert, parent, "Parented", "", "owl", "flexible"));
        Child asleep = children.insert(new NewChild(expert, null, "Asleep", "", "owl", "flexible"));
        children.update(asleep.childId(), ChildChanges.deactivate());

        assertThat(children.activeWithoutParentOf(expert)).extracting(Child::childId).containsExactly(own.childId());
        assertThat(parents.withActiveChildrenOf(expert)).extracting(p -> p.parentId()).containsExactly(parent);
    }

    @Test
    void deleteRemovesTheRecordAndReportsUnknownIds() {
        Child child = children.insert(new NewChild(newExpert(), null, "Tmp", "", "owl", "flexible"));

        assertThat(children.delete(child.childId())).isTrue();
        assertThat(children.find(child.childId())).isEmpty();
        assertThat(children.delete(child.childId())).isFalse();
    }

    private String newExpert() {
        String id = "exp_" + UUID.randomUUID().toString().substring(0, 8);
        experts.insert(id, "Expert " + id, PasswordHashing.hash("irrelevant"));
        return id;
    }

    private String newParent() {
        String id = "par_" + UUID.randomUUID().toString().substring(0, 8);
        parents.insert(id, "Parent " + id);
        return id;
    }
}

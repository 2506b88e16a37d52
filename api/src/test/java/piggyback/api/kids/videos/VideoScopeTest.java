package piggyback.api.kids.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import piggyback.api.kids.KidsApiTest;
import piggyback.api.security.Caller;
import piggyback.storage.codes.CodeOwner;

/** The one-video check a child's device makes on each question agrees with the whole-list rule. */
class VideoScopeTest extends KidsApiTest {

    @Autowired
    VideoScope scope;

    @Value("${piggyback.security.near-cache-ttl}")
    Duration nearCacheTtl;

    @Test
    void maySeeAgreesWithTheListOfVisibleVideosForEveryKindOfCaller() {
        Family family = family();
        String otherVideo = videos.downloaded("Not theirs", null, 60.0);
        videos.assign(otherVideo, newExpert("pw-" + unique()));
        // an expert whose children have no parent: its code opens a classroom session
        String teacher = newExpert("pw-" + unique());
        newChild(teacher, null, "Solo");
        String classroomVideo = videos.downloaded("Classroom", null, 60.0);
        videos.assign(classroomVideo, teacher);
        // a parent whose only child is inactive sees nothing
        String sleepyCode = "fam-" + unique();
        String sleepyParent = newParent(sleepyCode);
        String sleepyChild = newChild(family.expertId(), sleepyParent, "Sleepy");
        admin().post("/api/admin/children/" + sleepyChild + "/deactivate").expect(200);

        List<Caller> callers = List.of(Caller.admin(), Caller.expert(family.expertId(), "E"),
                Caller.expert(teacher, "T"), Caller.learnerOf(CodeOwner.parent(parentOf(family.childId())), "P"),
                Caller.learnerOf(CodeOwner.classOf(teacher), "T"),
                Caller.learnerOf(CodeOwner.classOf(family.expertId()), "E"),
                Caller.learnerOf(CodeOwner.parent(sleepyParent), "S"));
        for (Caller caller : callers) {
            for (String video : List.of(family.videoId(), otherVideo, classroomVideo)) {
                assertThat(scope.maySee(caller, video)).as("%s / %s", caller, video)
                        .isEqualTo(scope.of(caller).contains(video));
            }
        }
        assertThat(scope.maySee(callers.get(3), family.videoId())).isTrue();
        assertThat(scope.maySee(callers.get(4), classroomVideo)).isTrue();
        assertThat(scope.maySee(callers.get(5), family.videoId())).as("its children all have parents").isFalse();
        assertThat(scope.maySee(callers.get(6), family.videoId())).isFalse();
    }

    @Test
    void aKeptAnswerGivesWayAtOnceToAChangeThroughThisInstance() {
        Family family = family();
        Caller parent = Caller.learnerOf(CodeOwner.parent(parentOf(family.childId())), "P");
        Caller expert = Caller.expert(family.expertId(), "E");
        assertThat(scope.maySee(parent, family.videoId())).isTrue();
        assertThat(scope.maySee(expert, family.videoId())).isTrue();

        assignments.remove(family.videoId(), family.expertId());

        assertThat(scope.maySee(parent, family.videoId())).isFalse();
        assertThat(scope.maySee(expert, family.videoId())).isFalse();
        videos.assign(family.videoId(), family.expertId());
        assertThat(scope.maySee(parent, family.videoId())).isTrue();
        admin().post("/api/admin/children/" + family.childId() + "/deactivate").expect(200);
        assertThat(scope.maySee(parent, family.videoId())).as("its only child is inactive").isFalse();
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenOnceTheKeptAnswerExpires() throws InterruptedException {
        Family family = family();
        Caller parent = Caller.learnerOf(CodeOwner.parent(parentOf(family.childId())), "P");
        assertThat(scope.maySee(parent, family.videoId())).isTrue();

        jdbc.sql("DELETE FROM video_expert_assignments WHERE video_id = ?").param(family.videoId()).update();

        assertThat(scope.maySee(parent, family.videoId())).as("still the kept answer").isTrue();
        Thread.sleep(nearCacheTtl.toMillis() + 300);
        assertThat(scope.maySee(parent, family.videoId())).isFalse();
    }

    private String parentOf(String childId) {
        return jdbc.sql("SELECT parent_id FROM children WHERE child_id = ?").param(childId).query(String.class).single();
    }
}

package piggyback.api.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;

/** Closing an account ends its sessions, and the learner sessions of its code, on the spot. */
class AccountSessionsTest extends ApiTest {

    @Test
    void deactivatingAParentEndsTheLearnerSessionsOfItsCodeOnly() {
        String code = "family-" + unique();
        String parentId = newParent(code);
        String otherCode = "family-" + unique();
        newParent(otherCode);
        ApiClient tablet = learner(code);
        ApiClient otherTablet = learner(otherCode);
        tablet.get("/api/kids_videos").expect(200);

        admin().putJson("/api/admin/parents/" + parentId, Map.of("is_active", false)).expect(200);

        tablet.get("/api/kids_videos").expect(401);
        otherTablet.get("/api/kids_videos").expect(200);
    }

    @Test
    void deletingAnExpertEndsItsOwnSessionAndTheLearnerSessionsOfItsClassCode() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String otherPassword = "pw-" + unique();
        String otherExpert = newExpert(otherPassword);
        ApiClient expert = expert(expertId, password);
        ApiClient classroomTablet = learner(newClassCode(expertId, password));
        ApiClient otherExpertSession = expert(otherExpert, otherPassword);
        ApiClient otherClassroom = learner(newClassCode(otherExpert, otherPassword));

        admin().delete("/api/admin/experts/" + expertId).expect(200);

        expert.get("/api/expert/access-code").expect(401);
        classroomTablet.get("/api/kids_videos").expect(401);
        otherExpertSession.get("/api/expert/access-code").expect(200);
        otherClassroom.get("/api/kids_videos").expect(200);
    }

    @Test
    void turningAnExpertInactiveThroughAnUpdateEndsItsSessionAndItsClassroomsSessions() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        ApiClient expert = expert(expertId, password);
        ApiClient classroomTablet = learner(newClassCode(expertId, password));

        admin().putJson("/api/admin/experts/" + expertId, Map.of("is_active", false)).expect(200);

        expert.get("/api/expert/access-code").expect(401);
        classroomTablet.get("/api/kids_videos").expect(401);
    }
}

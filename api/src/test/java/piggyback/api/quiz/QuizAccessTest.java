package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import piggyback.api.ApiClient;

/**
 * Who may save and read a child's quiz results (docs/decisions/0009-who-may-call-what.md): its family's
 * learner session, its expert and admins; the admin report is admins' only, the expert report the
 * child's expert's. A refused save writes nothing.
 */
class QuizAccessTest extends QuizApiTest {

    private static final int OK = 200;
    /** Columns: no session, another family's learner, the family's learner, the child's expert,
     *  another expert, admin. */
    private static final int[] WHOEVER_SEES_THE_CHILD = {401, 403, OK, OK, 403, OK};
    private static final int[] ADMIN_ONLY = {401, 403, 403, 403, 403, OK};
    private static final int[] THE_CHILDS_EXPERT = {401, 403, 403, OK, 403, 403};

    private record Route(String method, String path, int[] expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyQuizRouteAnswersEachCallerAsDecided() {
        Family family = family();
        Family stranger = family();
        String child = family.childId();
        String video = videoOf(family);
        Map<String, Supplier<ApiClient>> callers = new LinkedHashMap<>();
        callers.put("no session", this::anonymous);
        callers.put("another family's learner", () -> learnerOf(stranger));
        callers.put("the family's learner", () -> learnerOf(family));
        callers.put("the child's expert", () -> expertOf(family));
        callers.put("another expert", () -> expertOf(stranger));
        callers.put("admin", this::admin);
        List<Route> routes = List.of(
                new Route("POST", "/api/save-quiz-score", WHOEVER_SEES_THE_CHILD),
                new Route("GET", "/api/get-quiz-scores/" + child, WHOEVER_SEES_THE_CHILD),
                new Route("GET", "/api/learners/children/" + child + "/report", WHOEVER_SEES_THE_CHILD),
                new Route("GET", "/api/reports/child/" + child, ADMIN_ONLY),
                new Route("GET", "/api/expert/report?child_id=" + child + "&mode=all", THE_CHILDS_EXPERT));

        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            int column = 0;
            for (Map.Entry<String, Supplier<ApiClient>> caller : callers.entrySet()) {
                int expected = route.expected()[column++];
                tests.add(DynamicTest.dynamicTest(caller.getKey() + " → " + route.method() + " " + route.path(), () -> {
                    int before = attemptsOf(child);
                    ApiClient.Reply reply = route.method().equals("POST")
                            ? caller.getValue().get().postJson(route.path(), nested(child, video, 1, 1, 0, 100, 0,
                                    List.of(answer("action", "correct"))))
                            : caller.getValue().get().get(route.path());
                    assertThat(reply.status()).as("%s as %s: %s", route.path(), caller.getKey(), reply.body())
                            .isEqualTo(expected);
                    if (expected != OK && route.path().startsWith("/api/reports/")) {
                        // an admin route: the admin family's envelope
                        assertThat(reply.json().path("detail").asString()).isNotBlank();
                    } else if (expected != OK) {
                        assertThat(reply.json().path("success").asBoolean()).isFalse();
                        assertThat(reply.json().path("message").asString()).isNotBlank();
                    }
                    boolean saved = expected == OK && route.method().equals("POST");
                    assertThat(attemptsOf(child)).isEqualTo(before + (saved ? 1 : 0));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aLearnerOfAnExpertsClassCodeMaySaveForTheExpertsChildrenWithoutAParentOnly() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String own = newChild(expertId, null, "Own");
        String parented = newChild(expertId, newParent("fam-" + unique()), "Parented");
        ApiClient device = learner(newClassCode(expertId, password));
        String video = videoAssignedTo(expertId);

        device.postJson("/api/save-quiz-score", nested(own, video, 1, 1, 0, 100, 0, List.of())).expect(OK);
        device.postJson("/api/save-quiz-score", nested(parented, video, 1, 1, 0, 100, 0, List.of())).expect(403);

        assertThat(attemptsOf(own)).isEqualTo(1);
        assertThat(attemptsOf(parented)).isZero();
        device.get("/api/get-quiz-scores/" + parented).expect(403);
    }

    @Test
    void theAdminReportRefusalsSayAnAdminIsNeeded() {
        Family family = family();

        ApiClient.Reply reply = expertOf(family).get("/api/reports/child/" + family.childId()).expect(403);

        assertThat(reply.json().path("detail").asString()).isEqualTo("Admin access required");
        assertThat(anonymous().get("/api/reports/child/" + family.childId()).expect(401).json().path("detail")
                .asString()).isEqualTo("Admin login required");
    }
}

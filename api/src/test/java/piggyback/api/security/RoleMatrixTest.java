package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.api.kids.StoredVideos;
import piggyback.storage.videos.Assignments;

/**
 * Who may call what (docs/decisions/0009-who-may-call-what.md): every protected route, called by no
 * session, a learner (a parent's code on the child's device), the parent the child belongs to
 * (parents' page), another parent, the expert the data belongs to, another expert and an admin.
 */
class RoleMatrixTest extends ApiTest {

    @Autowired
    Assignments assignments;

    private static final int OK = 200;

    /** A route and the status each caller gets: none, learner, parent, other parent, expert, other expert, admin. */
    private record Route(String method, String label, Supplier<String> path, Object body, int[] expected) {

        Route(String method, Supplier<String> path, Object body, int[] expected) {
            this(method, path.get().replaceAll("(exp|par)_[0-9a-f]{10}", "{$1}").replaceAll("/\\d{6}", "/{child}")
                            .replaceAll("vid_[0-9a-z]{10}", "{video}"),
                    path, body, expected);
        }
    }

    private String expertId;
    private String parentId;
    private String videoId;

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteAnswersEachRoleAsDecided() {
        String expertPassword = "pw-" + unique();
        expertId = newExpert(expertPassword);
        String otherPassword = "pw-" + unique();
        String otherExpertId = newExpert(otherPassword);
        String parentCode = "code-" + unique();
        String parentPassword = "parent-pw-" + unique();
        parentId = newParent(parentCode, parentPassword);
        String otherParentPassword = "parent-pw-" + unique();
        String otherParentId = newParent("other-" + unique(), otherParentPassword);
        newChild(expertId, parentId, "Kid");
        videoId = new StoredVideos(jdbc, assignments).downloaded("Matrix", null, 10.0);
        new StoredVideos(jdbc, assignments).assign(videoId, expertId);

        Map<String, Supplier<ApiClient>> callers = new java.util.LinkedHashMap<>();
        callers.put("no session", this::anonymous);
        callers.put("learner", () -> learner(parentCode));
        callers.put("parent", () -> parent(parentId, parentPassword));
        callers.put("other parent", () -> parent(otherParentId, otherParentPassword));
        callers.put("expert", () -> expert(expertId, expertPassword));
        callers.put("other expert", () -> expert(otherExpertId, otherPassword));
        callers.put("admin", this::admin);

        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            int column = 0;
            for (Map.Entry<String, Supplier<ApiClient>> caller : callers.entrySet()) {
                int expected = route.expected()[column++];
                tests.add(DynamicTest.dynamicTest(caller.getKey() + " → " + route.method() + " " + route.label(),
                        () -> {
                            ApiClient.Reply reply = call(caller.getValue().get(), route);
                            assertThat(reply.status()).as("%s %s as %s: %s", route.method(), route.label(),
                                    caller.getKey(), reply.body()).isEqualTo(expected);
                        }));
            }
        }
        return tests.stream();
    }

    private List<Route> routes() {
        int[] adminOnly = {401, 403, 403, 403, 403, 403, OK};
        int[] anyExpert = {401, 403, 403, 403, OK, OK, 403};
        int[] thisExpert = {401, 403, 403, 403, OK, 403, 403};
        int[] thisParent = {401, 403, OK, 403, 403, 403, 403};
        return List.of(
                new Route("GET", () -> "/api/admin/experts", null, adminOnly),
                new Route("POST", () -> "/api/admin/experts", (Supplier<Object>) () -> Map.of(
                        "expert_id", "exp_" + unique(), "display_name", "X", "password", "pw-" + unique()), adminOnly),
                new Route("PUT", () -> "/api/admin/experts/" + expertId, Map.of(), adminOnly),
                new Route("POST", () -> "/api/admin/experts/" + newExpert("pw-" + unique()) + "/deactivate", null, adminOnly),
                new Route("DELETE", () -> "/api/admin/experts/" + newExpert("pw-" + unique()), null, adminOnly),
                new Route("GET", () -> "/api/admin/children?include_inactive=true", null, adminOnly),
                new Route("POST", () -> "/api/admin/children", Map.of("expert_id", "placeholder"), adminOnlyRefusedAs(400)),
                new Route("PUT", () -> "/api/admin/children/" + newChild(expertId, null, "Put"), Map.of("first_name", "P"),
                        adminOnly),
                new Route("DELETE", () -> "/api/admin/children/" + newChild(expertId, null, "Del"), null, adminOnly),
                new Route("POST", () -> "/api/admin/children/" + newChild(expertId, null, "Off") + "/deactivate", null,
                        adminOnly),
                new Route("POST", () -> "/api/admin/children/" + newChild(expertId, null, "Unl") + "/unlink", null,
                        adminOnly),
                new Route("GET", () -> "/api/admin/parents", null, adminOnly),
                new Route("POST", () -> "/api/admin/parents", (Supplier<Object>) () -> Map.of(
                        "parent_id", "par_" + unique(), "display_name", "P"), adminOnly),
                new Route("PUT", () -> "/api/admin/parents/" + parentId, Map.of("display_name", "Parent"), adminOnly),
                new Route("DELETE", () -> "/api/admin/parents/" + newParent("del-" + unique()), null, adminOnly),
                new Route("GET", () -> "/actuator/prometheus", null, adminOnly),
                new Route("POST", () -> "/api/admin/jobs/98765432/retry-failed", null, adminOnlyRefusedAs(404)),
                new Route("GET", () -> "/api/expert/access-code", null, anyExpert),
                new Route("PUT", () -> "/api/expert/my-login-code", (Supplier<Object>) () -> Map.of(
                        "login_code", "mine-" + unique()), anyExpert),
                new Route("PUT", () -> "/api/expert/class-code", (Supplier<Object>) () -> Map.of(
                        "class_code", "class-" + unique()), anyExpert),
                new Route("DELETE", () -> "/api/expert/class-code", null, anyExpert),
                new Route("GET", () -> "/api/expert/parents", null, anyExpert),
                new Route("GET", () -> "/api/expert/parents/" + parentId + "/children", null, thisExpert),
                // a fresh family each time, so the learner's own parent code stays valid
                new Route("PUT", "/api/expert/parents/{fresh parent}/login-code", this::freshParentOfTheExpert,
                        (Supplier<Object>) () -> Map.of("login_code", "fam-" + unique()), thisExpert),
                // a parent's learner session may not list the expert's whole class
                new Route("GET", () -> "/api/learners/experts/" + expertId + "/children", null,
                        new int[] {401, 403, 403, 403, OK, 403, OK}),
                // grading costs CPU or an OpenAI call, so any session but no anonymous caller
                new Route("POST", () -> "/api/check_answer", Map.of("expected", "dog", "user", "dog"),
                        new int[] {401, OK, OK, OK, OK, OK, OK}),
                // each session lists its own children (the other expert and parent: none)
                new Route("GET", () -> "/api/learners/children", null, new int[] {401, OK, OK, OK, OK, OK, OK}),
                // the child's device may not change how it is asked: its parent (or expert) does
                new Route("PUT", () -> "/api/learners/children/" + newChild(expertId, parentId, "Mode")
                        + "/interaction-mode", Map.of("interaction_mode", "strict"),
                        new int[] {401, 403, OK, 403, OK, 403, OK}),
                new Route("POST", () -> "/api/admin/parents/" + parentId + "/password-link", null, adminOnly),
                // a family's own routes: its parents' page, never the child's device nor an admin
                new Route("GET", () -> "/api/parents/children", null, new int[] {401, 403, OK, OK, OK, OK, 403}),
                new Route("GET", () -> "/api/parents/children/" + newChild(expertId, parentId, "Exp") + "/export",
                        null, thisParent),
                new Route("GET", () -> "/api/parents/children/" + newChild(expertId, parentId, "Csv")
                        + "/export?format=csv", null, thisParent),
                new Route("DELETE", () -> "/api/parents/children/" + newChild(expertId, parentId, "His") + "/attempts",
                        null, thisParent),
                new Route("DELETE", () -> "/api/parents/children/" + newChild(expertId, parentId, "Era"), null,
                        thisParent),
                // the edit page's material and answer statistics: the expert of the video only
                new Route("GET", () -> "/api/expert/video/" + videoId + "/segment-material?start=0&end=9", null,
                        thisExpert),
                new Route("GET", () -> "/api/expert/video/" + videoId + "/answer-stats", null, thisExpert),
                // an expert is the family of its children without a parent
                new Route("GET", () -> "/api/parents/children/" + newChild(expertId, null, "Own") + "/export",
                        null, new int[] {401, 403, 403, 403, OK, 403, 403}));
    }

    /** Admin-only, where the admin's call is a validation refusal (so nothing is created). */
    private static int[] adminOnlyRefusedAs(int status) {
        return new int[] {401, 403, 403, 403, 403, 403, status};
    }

    @SuppressWarnings("unchecked")
    private static ApiClient.Reply call(ApiClient client, Route route) {
        String path = route.path().get();
        Object body = route.body() instanceof Supplier<?> supplier ? supplier.get() : route.body();
        Function<Object, Object> orEmpty = b -> b == null ? Map.of() : b;
        return switch (route.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "PUT" -> client.putJson(path, orEmpty.apply(body));
            case "POST" -> body == null ? client.post(path) : client.postJson(path, body);
            default -> throw new IllegalArgumentException(route.method());
        };
    }

    private String freshParentOfTheExpert() {
        String fresh = newParent("fresh-" + unique());
        newChild(expertId, fresh, "Fresh");
        return "/api/expert/parents/" + fresh + "/login-code";
    }
}

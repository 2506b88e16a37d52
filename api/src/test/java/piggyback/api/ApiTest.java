package piggyback.api;

import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import piggyback.testing.TestInfrastructure;

/**
 * An API test: the whole application on a random port, over real HTTP, on the real MariaDB
 * database and S3 server of {@link TestInfrastructure}. One context serves every test class.
 */
@SpringBootTest(classes = PiggybackApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    /** A client with no session, from its own address (so throttling never crosses tests). */
    protected ApiClient anonymous() {
        return new ApiClient(port);
    }

    protected ApiClient admin() {
        ApiClient client = anonymous();
        client.postJson("/api/admin/verify-access", Map.of("password", ADMIN_PASSWORD)).expect(200);
        return client;
    }

    /** Creates an expert (as admin) whose password is also its access code; returns its id. */
    protected String newExpert(String password) {
        String id = "exp_" + unique();
        admin().postJson("/api/admin/experts", Map.of("expert_id", id, "display_name", "Expert " + id,
                "password", password)).expect(200);
        return id;
    }

    protected ApiClient expert(String expertId, String password) {
        ApiClient client = anonymous();
        client.postJson("/api/expert/login", Map.of("expert_id", expertId, "password", password)).expect(200);
        return client;
    }

    /** Creates a child (as admin) and returns its id. */
    protected String newChild(String expertId, String parentId, String firstName) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("expert_id", expertId, "first_name", firstName,
                "last_name", "Tester", "icon_key", "fox"));
        if (parentId != null) {
            body.put("parent_id", parentId);
        }
        return admin().postJson("/api/admin/children", body).expect(200).json().path("child").path("child_id").asString();
    }

    /** Creates a parent with a login code (as admin) and returns its id. */
    protected String newParent(String loginCode) {
        String id = "par_" + unique();
        admin().postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Parent " + id,
                "login_code", loginCode)).expect(200);
        return id;
    }

    /** Creates a parent with a family code and a parents' page password (as admin); returns its id. */
    protected String newParent(String loginCode, String parentPassword) {
        String id = "par_" + unique();
        admin().postJson("/api/admin/parents", Map.of("parent_id", id, "display_name", "Parent " + id,
                "login_code", loginCode, "parent_password", parentPassword)).expect(200);
        return id;
    }

    /** A parents' page session. */
    protected ApiClient parent(String parentId, String parentPassword) {
        ApiClient client = anonymous();
        client.postJson("/api/parents/login", Map.of("parent_id", parentId, "password", parentPassword)).expect(200);
        return client;
    }

    /** Gives the expert a class code (what its classroom devices type) and returns it. */
    protected String newClassCode(String expertId, String password) {
        String code = "class-" + unique();
        expert(expertId, password).putJson("/api/expert/class-code", Map.of("class_code", code)).expect(200);
        return code;
    }

    protected ApiClient learner(String accessCode) {
        ApiClient client = anonymous();
        client.postJson("/api/learners/parents/login", Map.of("access_code", accessCode)).expect(200);
        return client;
    }

    protected int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    /** A unique suffix; also used to make unique access codes. */
    protected static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}

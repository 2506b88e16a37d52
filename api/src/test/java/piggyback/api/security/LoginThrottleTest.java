package piggyback.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.Digests;

/**
 * The login throttle with its default limits: a classroom of tablets behind one school router is
 * never locked out by typos; a guesser is stopped, from one address or from many; an account backs
 * off exponentially.
 */
class LoginThrottleTest extends ApiTest {

    private static final String CHILD_LOGIN = "/api/learners/parents/login";
    /** piggyback.security.login-throttle.per-client.max-failures */
    private static final int PER_CLIENT = 100;
    /** piggyback.security.login-throttle.codes.max-failures */
    private static final int EVERY_CLIENT = 150;

    // code guessing is counted across every client: each test starts and leaves that count empty
    @BeforeEach
    @AfterEach
    void forgetCodeGuesses() {
        jdbc.sql("DELETE FROM login_failures WHERE throttle_key = ?").param(Digests.sha256("codes:every-client")).update();
    }

    @Test
    void thirtyTabletsBehindOneRouterEachMistypeOnceAndAllSignIn() {
        String code = "class-" + unique();
        newChild(newExpert("pw-" + unique()), newParent(code), "Kid");
        String schoolRouter = ApiClient.randomAddress();

        for (int tablet = 1; tablet <= 30; tablet++) {
            ApiClient device = new ApiClient(port, schoolRouter);
            device.postJson(CHILD_LOGIN, Map.of("access_code", code + "x")).expect(401);
            device.postJson(CHILD_LOGIN, Map.of("access_code", code)).expect(200);
        }
    }

    @Test
    void aGuesserAtOneAddressIsStoppedBeforeTheTwoHundredthGuess() {
        ApiClient guesser = anonymous();
        int guesses = 0;
        int status = 401;
        while (status == 401 && guesses < 200) {
            status = guesser.postJson(CHILD_LOGIN, Map.of("access_code", "guess-" + unique())).status();
            guesses++;
        }

        assertThat(status).isEqualTo(429);
        assertThat(guesses).isEqualTo(PER_CLIENT + 1);
        // another address is not blocked by this one
        anonymous().postJson(CHILD_LOGIN, Map.of("access_code", "guess-" + unique())).expect(401);
    }

    @Test
    void aSuccessDoesNotRefillTheAddressesBudget() {
        String code = "known-" + unique();
        newParent(code);
        ApiClient guesser = anonymous();
        for (int i = 1; i < PER_CLIENT; i++) {
            guesser.postJson(CHILD_LOGIN, Map.of("access_code", "guess-" + unique())).expect(401);
        }
        guesser.postJson(CHILD_LOGIN, Map.of("access_code", code)).expect(200);
        guesser.postJson(CHILD_LOGIN, Map.of("access_code", "guess-" + unique())).expect(401);

        guesser.postJson(CHILD_LOGIN, Map.of("access_code", code)).expect(429);
    }

    @Test
    void guessesSpreadOverFiftyAddressesAreStoppedAndARightCodeIsRefusedDuringTheBlock() {
        String code = "family-" + unique();
        newParent(code);
        int guesses = 0;
        int status = 401;
        while (status == 401 && guesses < 200) {
            ApiClient oneOfFifty = new ApiClient(port, "198.19.250." + (guesses % 50 + 1));
            status = oneOfFifty.postJson(CHILD_LOGIN, Map.of("access_code", "guess-" + unique())).status();
            guesses++;
        }

        assertThat(status).isEqualTo(429);
        assertThat(guesses).isEqualTo(EVERY_CLIENT + 1);
        ApiClient.Reply rightCode = anonymous().postJson(CHILD_LOGIN, Map.of("access_code", code));
        assertThat(rightCode.status()).isEqualTo(429);
        assertThat(Long.parseLong(rightCode.header("Retry-After"))).isPositive();
        // an expert's personal code is a code too
        anonymous().postJson("/api/expert/login", Map.of("access_code", code)).expect(429);
        // a password sign-in is not code guessing
        String password = "pw-" + unique();
        expert(newExpert(password), password);
    }

    @Test
    void anAccountBacksOffLongerWithEachFailureInARow() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        for (int i = 1; i <= 5; i++) {
            anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", "wrong-" + i))
                    .expect(401);
        }
        long first = retryAfter(anonymous().postJson("/api/expert/login",
                Map.of("expert_id", expertId, "password", password)).expect(429));

        endBlock("account:expert:" + expertId);
        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", "wrong-6")).expect(401);
        long second = retryAfter(anonymous().postJson("/api/expert/login",
                Map.of("expert_id", expertId, "password", password)).expect(429));

        assertThat(first).isBetween(25L, 30L);
        assertThat(second).isBetween(55L, 60L);
        // the right password after the block ends the back-off
        endBlock("account:expert:" + expertId);
        expert(expertId, password);
        anonymous().postJson("/api/expert/login", Map.of("expert_id", expertId, "password", "wrong-7")).expect(401);
        expert(expertId, password);
    }

    @Test
    void aParentsAccountBacksOffToo() {
        String parentPassword = "parent-pw-" + unique();
        String parentId = newParent("code-" + unique(), parentPassword);
        for (int i = 1; i <= 5; i++) {
            anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId, "password", "wrong-pw-" + i))
                    .expect(401);
        }

        anonymous().postJson("/api/parents/login", Map.of("parent_id", parentId, "password", parentPassword))
                .expect(429);
    }

    /** As if the key's block had run out. */
    private void endBlock(String key) {
        assertThat(jdbc.sql("UPDATE login_failures SET blocked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
                + " WHERE throttle_key = ?").param(Digests.sha256(key)).update()).isEqualTo(1);
    }

    private static long retryAfter(ApiClient.Reply reply) {
        return Long.parseLong(reply.header("Retry-After"));
    }
}

package piggyback.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import piggyback.api.ApiTest;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.AdminPassword;
import piggyback.api.security.LoginThrottle;
import piggyback.storage.children.Children;
import piggyback.storage.codes.AccessCodes;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.experts.Experts;
import piggyback.storage.parents.Parents;

/**
 * An id + password sign-in verifies a hash whether or not the id exists, so an unknown id costs
 * what a known one does and the answer time lists no accounts. Watched through
 * {@link PasswordCheck}'s seam: timings are not asserted in tests.
 */
class LoginsTest extends ApiTest {

    @Autowired
    AdminPassword adminPassword;
    @Autowired
    Experts experts;
    @Autowired
    Parents parents;
    @Autowired
    Children children;
    @Autowired
    AccessCodes codes;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AdminAudit audit;

    private final List<String> verified = new ArrayList<>();

    @Test
    void anUnknownExpertIdIsVerifiedAgainstTheStandIn() {
        assertThat(logins().expertByPassword("nobody_" + unique(), "pw-123456", request())).isEmpty();

        assertThat(verified).containsExactly(PasswordCheck.NO_ACCOUNT);
    }

    @Test
    void anUnknownParentIdIsVerifiedAgainstTheStandIn() {
        assertThat(logins().parentByPassword("nobody_" + unique(), "pw-123456", request())).isEmpty();

        assertThat(verified).containsExactly(PasswordCheck.NO_ACCOUNT);
    }

    @Test
    void aKnownExpertIsVerifiedAgainstItsOwnHash() {
        String expertId = newExpert("pw-" + unique());

        assertThat(logins().expertByPassword(expertId, "wrong-password", request())).isEmpty();

        assertThat(verified).containsExactly(experts.activePasswordHash(expertId).orElseThrow());
    }

    /** Logins as the application wires it, with a check that records each hash it verifies against. */
    private Logins logins() {
        PasswordCheck recording = new PasswordCheck((password, hash) -> {
            verified.add(hash);
            return PasswordHashing.verify(password, hash);
        });
        return new Logins(adminPassword, experts, parents, children, codes, throttle, audit, recording);
    }

    /** From an address of its own, so the throttle's counts never reach another test. */
    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.99." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        return request;
    }
}

package piggyback.storage.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.storage.StorageTestBase;
import piggyback.storage.codes.PasswordHashing;

class ExpertsTest extends StorageTestBase {

    @Autowired
    Experts experts;

    @Test
    void anExpertIsStoredListedUpdatedAndDeleted() {
        String id = "exp_" + UUID.randomUUID().toString().substring(0, 8);
        Expert created = experts.insert(id, "Ms Frizzle", PasswordHashing.hash("bus-123"));

        assertThat(experts.find(id)).contains(created);
        assertThat(experts.all()).extracting(Expert::expertId).contains(id).isSorted();

        assertThat(experts.update(id, "Valerie", null, false)).isTrue();
        Expert updated = experts.find(id).orElseThrow();
        assertThat(updated.displayName()).isEqualTo("Valerie");
        assertThat(updated.active()).isFalse();
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(experts.activePasswordHash(id)).as("an inactive expert cannot log in").isEmpty();

        assertThat(experts.delete(id)).isTrue();
        assertThat(experts.find(id)).isEmpty();
        assertThat(experts.update(id, "x", null, null)).isFalse();
    }

    @Test
    void thePasswordHashOfAnActiveExpertVerifies() {
        String id = "exp_" + UUID.randomUUID().toString().substring(0, 8);
        experts.insert(id, "Expert", PasswordHashing.hash("bus-123"));

        assertThat(experts.activePasswordHash(id)).hasValueSatisfying(
                hash -> assertThat(PasswordHashing.verify("bus-123", hash)).isTrue());
    }
}

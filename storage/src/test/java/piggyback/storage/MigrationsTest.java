package piggyback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsTest extends StorageTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayBuildsEveryTableTheProductAndItsFrameworksNeed() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(String.class).list();

        assertThat(tables).contains(
                "experts", "parents", "children", "access_codes", "audit_log", "login_failures",
                "BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_SEQ",
                "SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES",
                "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_LOCKS", "QRTZ_SCHEDULER_STATE");
    }

    @Test
    void theDatabaseRefusesChildIdsThatAreNotSixDigits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO children (child_id, first_name, icon_key, created_at, updated_at)
                VALUES ('12ab56', 'X', 'pig', NOW(), NOW())""").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}

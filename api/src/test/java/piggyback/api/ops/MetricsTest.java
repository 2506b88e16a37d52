package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;

/** The Prometheus scrape, for admins only, after an ingest and a graded answer. */
class MetricsTest extends ApiTest {

    private final String page = "metrics" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void theScrapeHasJobStepSegmentProviderAndGradingMetrics() {
        ApiClient admin = admin();
        long execution = OpsRuns.ingest(admin, site.url("/" + page + ".html"));
        assertThat(OpsRuns.awaitEnd(admin, execution).path("status").asString()).isEqualTo("COMPLETED");
        admin.postJson("/api/check_answer", Map.of("expected", "red fence", "user", "red fence",
                "question", "What does the pig jump over?")).expect(200);

        String scrape = admin.get("/actuator/prometheus").expect(200).body();

        assertThat(scrape).containsPattern("spring_batch_job_seconds_count\\{[^}]*name=\"ingestVideo\"[^}]*status=\"COMPLETED\"");
        assertThat(scrape).containsPattern("spring_batch_step_seconds_count\\{[^}]*name=\"frames\"");
        assertThat(scrape).containsPattern("spring_batch_step_seconds_count\\{[^}]*name=\"questions\"");
        assertThat(scrape).containsPattern("piggyback_segments\\{[^}]*status=\"generated\"[^}]*\\} [1-9]");
        assertThat(scrape).containsPattern("piggyback_segments\\{[^}]*status=\"failed\"");
        assertThat(scrape).containsPattern(
                "piggyback_provider_calls_seconds_count\\{[^}]*outcome=\"success\",port=\"questions\",provider=\"offline\"");
        assertThat(scrape).containsPattern("piggyback_provider_calls_seconds_count\\{[^}]*port=\"speech\"");
        assertThat(scrape).containsPattern("piggyback_grading_seconds_count\\{[^}]*status=\"correct\"");
    }

    @Test
    void theScrapeNeedsAnAdminSession() {
        String password = "pw-" + unique();
        anonymous().get("/actuator/prometheus").expect(401);
        expert(newExpert(password), password).get("/actuator/prometheus").expect(403);
    }
}

package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.runs.PipelineRuns;
import tools.jackson.databind.JsonNode;

/**
 * A run waiting for admission, as the admin API and the dashboard's API show it: QUEUED with its
 * place, listed under status=QUEUED, and cancelled by the stop action.
 */
class QueuedRunsTest extends ApiTest {

    @Autowired
    PipelineRuns runs;

    @Test
    void aRunWaitingForAPlaceIsQueuedWithItsPositionAndCanBeCancelled() {
        ApiClient admin = admin();
        // every place taken by runs a dead process left going (what the queue counts, cluster-wide)
        List<Long> dead = new ArrayList<>();
        for (int i = 0; i < runs.maxConcurrentRuns(); i++) {
            dead.add(OpsRuns.failing(admin, jdbc, "queuefull" + i + unique()));
        }
        dead.forEach(id -> jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?").param(id).update());
        try {
            long first = OpsRuns.ingestStored(admin, jdbc, "queued1" + unique());
            long second = OpsRuns.ingestStored(admin, jdbc, "queued2" + unique());

            JsonNode status = admin.get("/api/admin/jobs/" + second).expect(200).json();
            assertThat(status.path("status").asString()).isEqualTo("QUEUED");
            assertThat(status.path("queue_position").asInt()).isEqualTo(2);
            JsonNode queued = admin.get("/api/ops/executions?status=queued").expect(200).json();
            assertThat(queued.path("executions").findValuesAsString("status")).containsOnly("QUEUED");
            assertThat(queued.path("executions").findValues("execution_id")).extracting(JsonNode::asLong)
                    .contains(first, second).doesNotContainAnyElementsOf(dead);
            assertThat(admin.get("/api/ops/executions/" + first).expect(200).json().path("queue_position").asInt())
                    .isEqualTo(1);
            assertThat(admin.get("/api/ops/executions?status=STARTING").expect(200).json()
                    .path("executions").findValues("execution_id")).extracting(JsonNode::asLong)
                    .doesNotContain(first, second);

            // a run that passed the queue names the instance that took it
            JsonNode dead0 = admin.get("/api/ops/executions/" + dead.get(0)).expect(200).json();
            assertThat(dead0.path("owner").asString()).isNotBlank();
            assertThat(admin.get("/api/ops/executions/" + first).expect(200).json().path("owner").isNull()).isTrue();

            admin.post("/api/admin/jobs/" + first + "/stop").expect(200);
            JsonNode cancelled = admin.get("/api/admin/jobs/" + first).expect(200).json();
            assertThat(cancelled.path("status").asString()).isEqualTo("STOPPED");
            assertThat(cancelled.path("exit_message").asString()).isEqualTo("Cancelled while queued");
            assertThat(cancelled.path("queue_position").isNull()).isTrue();
            assertThat(admin.get("/api/admin/jobs/" + second).expect(200).json().path("queue_position").asInt())
                    .isEqualTo(1);
        } finally {
            // the dead runs end, and the queue moves on
            dead.forEach(id -> jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', END_TIME = NOW(6)"
                    + " WHERE JOB_EXECUTION_ID = ?").param(id).update());
        }
    }
}

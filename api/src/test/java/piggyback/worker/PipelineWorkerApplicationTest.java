package piggyback.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.web.bind.annotation.RestController;

import piggyback.api.PiggybackApplication;
import piggyback.batch.scaling.WorkerStamp;
import piggyback.testing.TestInfrastructure;

/**
 * The executable jar's entry point with {@code piggyback.roles=worker}: a pipeline worker on the
 * real RabbitMQ, without web server, routes or schedules; and roles that would leave partitions
 * to nobody are refused.
 */
class PipelineWorkerApplicationTest {

    @Test
    void workerRoleStartsAPipelineWorkerWithoutTheWebApi() throws Exception {
        String queue = "pb-test-worker-app-" + UUID.randomUUID();
        try (ConfigurableApplicationContext worker = PiggybackApplication.start(arguments("--piggyback.roles=worker",
                "--piggyback.pipeline.partitioning=remote", "--piggyback.pipeline.remote.queue=" + queue,
                "--piggyback.worker-id=worker-under-test"))) {
            try {
                assertThat(worker).isNotInstanceOf(WebServerApplicationContext.class);
                assertThat(worker.getBeansWithAnnotation(RestController.class)).isEmpty();
                assertThat(worker.getBean(Scheduler.class).isStarted()).isFalse();
                assertThat(worker.getBeansOfType(IntegrationFlow.class)).containsKey("partitionRequestsFromBroker");
                assertThat(worker.getBean(WorkerStamp.class).id()).isEqualTo("worker-under-test");
                // it consumes its queue on the broker
                assertThat(worker.getBean(AmqpAdmin.class).getQueueInfo(queue).getConsumerCount()).isEqualTo(2);
            } finally {
                worker.getBean(AmqpAdmin.class).deleteQueue(queue);
            }
        }
    }

    @Test
    void rolesThatLeavePartitionsToNobodyAreRefused() {
        assertThatThrownBy(() -> PiggybackApplication.start(arguments("--piggyback.roles=api", "--server.port=0")))
                .hasStackTraceContaining("piggyback.roles without worker needs piggyback.pipeline.partitioning=remote");
        assertThatThrownBy(() -> PiggybackApplication.start(arguments("--piggyback.roles=worker")))
                .hasStackTraceContaining("piggyback.roles=worker needs piggyback.pipeline.partitioning=remote");
        assertThatThrownBy(() -> PiggybackApplication.start(arguments("--piggyback.roles=cook")))
                .hasStackTraceContaining("piggyback.roles must name api, worker or both");
    }

    private static String[] arguments(String... specific) {
        List<String> all = new ArrayList<>(List.of(specific));
        all.add("--spring.profiles.active=test");
        all.addAll(TestInfrastructure.shared().arguments());
        return all.toArray(String[]::new);
    }
}

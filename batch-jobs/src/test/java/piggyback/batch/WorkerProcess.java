package piggyback.batch;

import org.springframework.boot.builder.SpringApplicationBuilder;

import piggyback.batch.scaling.ProcessRoles;

/**
 * A pipeline worker in a process of its own, as {@code piggyback.roles=worker} starts one: it
 * runs the partitions it takes from RabbitMQ and nothing else. Its settings (queue, worker id)
 * come as system properties from the test that launches it; it prints {@code WORKER READY} once
 * it consumes the queue.
 */
public final class WorkerProcess {

    private WorkerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        new SpringApplicationBuilder(BatchTestApplication.class).properties(ProcessRoles.WORKER_ONLY_DEFAULTS).run(args);
        System.out.println("WORKER READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}

package piggyback.batch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import piggyback.batch.ingest.Ingests;

/**
 * The pipeline in a process of its own, for the crash test: starts an ingest of a stored video
 * (args: video id, interval seconds), prints the run's id and waits to be killed. Its database,
 * store and OpenAI server come as system properties from the test that launches it.
 */
public final class PipelineProcess {

    private PipelineProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchTestApplication.class)
                .web(WebApplicationType.NONE).run();
        long run = context.getBean(Ingests.class).stored(args[0], Integer.parseInt(args[1]), 0, "crash-test")
                .executionId();
        System.out.println("RUN " + run);
        System.out.flush();
        Thread.currentThread().join();
    }
}

package piggyback.batch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import piggyback.batch.scaling.ProcessRoles;

/**
 * Another instance of the pipeline in a process of its own, for the tests of several instances
 * on one database: with the argument {@code worker} a pipeline worker as
 * {@code piggyback.roles=worker} starts one (it runs the partitions it takes from RabbitMQ and
 * nothing else); without, a whole instance with its Quartz scheduler (a second cluster node needs
 * a JVM of its own: Quartz registers its database by scheduler name JVM-wide). Its settings come
 * as system properties from the test that launches it; it prints {@code READY} once started.
 */
public final class InstanceProcess {

    private InstanceProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpringApplicationBuilder instance = new SpringApplicationBuilder(BatchTestApplication.class)
                .web(WebApplicationType.NONE);
        if (args.length > 0 && args[0].equals("worker")) {
            instance.properties(ProcessRoles.WORKER_ONLY_DEFAULTS);
        }
        instance.run();
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}

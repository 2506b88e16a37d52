package piggyback.batch.scaling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the partitions of the frames and questions steps run (docs/architecture.md#scaling-out).
 *
 * @param partitioning {@code local}: in this process, no broker; {@code remote}: sent over RabbitMQ
 *                     to worker processes that share the database and the object store
 * @param remote       the settings of remote partitioning
 */
@ConfigurationProperties("piggyback.pipeline")
public record ScaleOutProperties(@DefaultValue("local") Partitioning partitioning, @DefaultValue Remote remote) {

    public enum Partitioning { LOCAL, REMOTE }

    /**
     * @param queue              the RabbitMQ queue the partition requests go through
     * @param pollInterval       how often the manager reads the job repository for finished partitions
     * @param timeout            how long the manager waits for all partitions of a step before failing it:
     *                           the bound on a run whose worker died and whose partition nobody took over
     * @param workerConcurrency  partitions one worker process runs at once
     * @param framesRangeSeconds seconds of video per frames partition
     */
    public record Remote(@DefaultValue("piggyback.partitions") String queue, @DefaultValue("1s") Duration pollInterval,
                         @DefaultValue("6h") Duration timeout, @DefaultValue("2") int workerConcurrency,
                         @DefaultValue("300") int framesRangeSeconds) {
    }

    public boolean remotePartitioning() {
        return partitioning == Partitioning.REMOTE;
    }
}

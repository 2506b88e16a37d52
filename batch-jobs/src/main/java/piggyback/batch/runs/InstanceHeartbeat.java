package piggyback.batch.runs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import piggyback.batch.scaling.ProcessRoles;
import piggyback.batch.scaling.WorkerStamp;

/**
 * A process that manages runs says it is alive: its row of {@code pipeline_instances} gets the
 * database's time every {@code piggyback.pipeline.heartbeat}, from before it admits any run.
 * {@link OrphanedRuns} takes the runs of a process that stopped saying so.
 */
@Component
class InstanceHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);

    private final JdbcClient jdbc;
    private final String instance;
    private final boolean managesRuns;
    private final Duration every;
    private ScheduledExecutorService beats;

    InstanceHeartbeat(JdbcClient jdbc, WorkerStamp process, ProcessRoles roles,
                      @Value("${piggyback.pipeline.heartbeat:10s}") Duration every) {
        this.jdbc = jdbc;
        this.instance = process.id();
        this.managesRuns = roles.api();
        this.every = every;
    }

    @EventListener(ApplicationStartedEvent.class)
    void start() {
        if (!managesRuns) {
            return;
        }
        beat();
        beats = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "instance-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleAtFixedRate(this::beatQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        jdbc.sql("""
                INSERT INTO pipeline_instances (instance_id, started_at, last_seen)
                VALUES (:id, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))
                ON DUPLICATE KEY UPDATE last_seen = UTC_TIMESTAMP(3)""").param("id", instance).update();
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the database may be briefly away; a few missed beats stay within the owner timeout
            log.warn("could not record this instance's heartbeat: {}", e.toString());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (beats != null) {
            beats.shutdownNow();
        }
    }
}

package piggyback.api.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;
import piggyback.batch.runs.RunHistory;

/**
 * Live updates of the dashboard as Server-Sent Events: while someone listens, the job repository
 * is read every {@code piggyback.ops.poll-interval} and each run that changed (its status, or the
 * progress any of its steps saved) is sent as an {@code execution} event carrying its list row.
 * Reading the shared tables, rather than listening inside this process, also shows runs that
 * other pipeline processes execute.
 */
@Component
class ExecutionEvents {

    private static final Logger log = LoggerFactory.getLogger(ExecutionEvents.class);
    /** The runs followed besides those going: enough for the dashboard's first page. */
    private static final int RECENT = 50;
    private static final long EMITTER_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private final RunHistory history;
    private final ExecutionRows rows;
    private final long pollMillis;
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ops-events");
        thread.setDaemon(true);
        return thread;
    });
    private Map<Long, String> seen = new HashMap<>();
    private ScheduledFuture<?> polling;

    ExecutionEvents(RunHistory history, ExecutionRows rows,
                    @Value("${piggyback.ops.poll-interval:1s}") Duration pollInterval) {
        this.history = history;
        this.rows = rows;
        this.pollMillis = pollInterval.toMillis();
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(problem -> listeners.remove(emitter));
        try {
            // tells the page (and tests) that the stream is open before anything changes
            emitter.send(SseEmitter.event().name("ready").data("{}"));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        listeners.add(emitter);
        startPolling();
        return emitter;
    }

    private synchronized void startPolling() {
        if (polling == null) {
            seen = fingerprints(history.current(RECENT));
            polling = poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void poll() {
        try {
            if (listeners.isEmpty()) {
                polling.cancel(false);
                polling = null;
                return;
            }
            List<RunHistory.Run> current = history.current(RECENT);
            Map<Long, String> now = fingerprints(current);
            List<RunHistory.Run> changed = current.stream()
                    .filter(run -> !now.get(run.executionId()).equals(seen.get(run.executionId()))).toList();
            seen = now;
            if (!changed.isEmpty()) {
                for (Map<String, Object> row : rows.of(changed)) {
                    send(row);
                }
            }
        } catch (RuntimeException e) {
            // a database hiccup must not end the updates: the next poll tries again
            log.warn("cannot read the runs for the dashboard's live updates: {}", e.getMessage());
        }
    }

    private void send(Map<String, Object> row) {
        for (SseEmitter emitter : listeners) {
            try {
                emitter.send(SseEmitter.event().name("execution").id(String.valueOf(row.get("execution_id")))
                        .data(row, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                listeners.remove(emitter);
            }
        }
    }

    private static Map<Long, String> fingerprints(List<RunHistory.Run> runs) {
        Map<Long, String> prints = new HashMap<>();
        runs.forEach(run -> prints.put(run.executionId(), run.status() + "/" + run.version() + "/" + run.stepVersions()));
        return prints;
    }

    /**
     * Ends every open stream as soon as the application begins to close: the web server's graceful shutdown, which
     * comes before the beans are destroyed, would otherwise wait for these never-ending requests until its phase
     * timeout (30 s of Ctrl-C with a dashboard open). The page reconnects to the next process by itself.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        for (SseEmitter emitter : listeners) {
            listeners.remove(emitter);
            emitter.complete();
        }
    }

    @PreDestroy
    void close() {
        poller.shutdownNow();
    }
}

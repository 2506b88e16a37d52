package piggyback.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.batch.testing.FixtureSite;
import piggyback.batch.testing.VideoFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's live updates: a Server-Sent Event for each change of a run. */
class ExecutionEventsTest extends ApiTest {

    @Autowired
    ExecutionEvents events;

    private final String page = "sse" + UUID.randomUUID().toString().substring(0, 8);
    private final FixtureSite site = VideoFixtures.site(page);

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aListenerHearsARunStartAndComplete() throws Exception {
        ApiClient admin = admin();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/ops/events"))
                        .header("Cookie", "SESSION=" + admin.sessionId()).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Iterator<String> lines = stream.body().iterator();
        assertThat(nextEvent(lines).name()).isEqualTo("ready");

        long execution = OpsRuns.ingest(admin, site.url("/" + page + ".html"));

        // the run's events, in order, until the one that says it completed
        CompletableFuture<Event> completed = CompletableFuture.supplyAsync(() -> {
            while (true) {
                Event event = nextEvent(lines);
                if (event.name().equals("execution") && event.data().path("execution_id").asLong() == execution
                        && event.data().path("status").asString().equals("COMPLETED")) {
                    return event;
                }
            }
        });
        Event last = completed.get(3, TimeUnit.MINUTES);
        assertThat(last.data().path("video_id").asString()).isEqualTo(VideoFixtures.toolId(page));
        assertThat(last.data().path("progress").path("segments_done").asInt()).isEqualTo(3);
        stream.body().close();
    }

    /** When the application begins to close, open streams end, so that the server's graceful shutdown need not wait. */
    @Test
    void theStreamsEndWhenTheApplicationBeginsToClose() throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/ops/events"))
                        .header("Cookie", "SESSION=" + admin().sessionId()).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        assertThat(nextEvent(lines).name()).isEqualTo("ready");
        CompletableFuture<Boolean> ended = CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                lines.next();
            }
            return true;
        });

        events.endStreams(); // what the ContextClosedEvent calls

        assertThat(ended.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private record Event(String name, JsonNode data) {
    }

    private static Event nextEvent(Iterator<String> lines) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    return new Event(name, JsonMapper.builder().build().readTree(data.toString()));
                }
                continue;
            }
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        throw new AssertionError("the event stream ended");
    }
}

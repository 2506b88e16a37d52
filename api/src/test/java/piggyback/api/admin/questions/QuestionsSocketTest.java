package piggyback.api.admin.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.videos.Videos;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WS /ws/questions/{video_id} with a real WebSocket client: the event sequence of a
 * one-shot and of a full-duration run (the offline generator answers, as in every API test),
 * the error events, and who may open the socket.
 */
class QuestionsSocketTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> STORY = List.of(
            "Pip the little pig woke up early on a sunny Saturday morning.",
            "Pip was very happy because today was the day of the big picnic.",
            "Pip packed a red ball, three apples and a blue blanket in a basket.",
            "Pip walked through the green forest to meet his friend Bella the bunny.",
            "Bella was sad because she had lost her yellow kite near the old oak tree.",
            "Pip and Bella looked everywhere, and Pip found the kite stuck in a bush.");

    @Autowired
    Videos videos;

    private String videoId;

    @BeforeEach
    void aVideoWhoseFirstHalfMinuteIsNarrated() {
        videoId = "vid_" + unique();
        videos.upsert(videoId, "upload", null, "Piggy picnic", null, 50.0);
        for (int second = 0; second < 50; second++) {
            String subtitle = second < 30 ? STORY.get(second / 5) : "No subtitle at this time";
            jdbc.sql("INSERT INTO frames (video_id, second, width, height, subtitle_text) VALUES (?, ?, 64, 36, ?)")
                    .params(videoId, second, subtitle).update();
        }
    }

    @Test
    void oneSegmentIsGeneratedStreamedAndNotStored() throws Exception {
        Socket socket = open(admin(), videoId);

        socket.send("{\"start_seconds\": 0, \"interval_seconds\": 30, \"full_duration\": false, \"provider\": \"openai\"}");

        assertThat(socket.next().toString())
                .isEqualTo("{\"type\":\"status\",\"message\":\"Generating questions for 0-29s...\"}");
        JsonNode result = socket.next();
        assertThat(result.path("type").asString()).isEqualTo("segment_result");
        assertThat(result.path("start").asInt()).isZero();
        assertThat(result.path("end").asInt()).isEqualTo(29);
        JsonNode questions = result.path("result").path("questions");
        assertThat(questions.propertyNames()).contains("action", "character", "causal", "setting", "prediction");
        assertThat(questions.path("setting").path("q").asString()).isEqualTo("Where did Pip walk?");
        assertThat(questions.path("setting").path("a").asString()).isEqualTo("through the green forest");
        assertThat(result.path("result").path("best_question").asString())
                .isEqualTo(questions.path("action").path("q").asString());
        assertThat(result.path("result").path("generator").asString()).isEqualTo("offline-opennlp");
        JsonNode done = socket.next();
        assertThat(done.path("type").asString()).isEqualTo("done");
        assertThat(done.path("auto_saved").asBoolean()).isFalse();
        assertThat(socket.closed()).isEqualTo(WebSocket.NORMAL_CLOSURE);
        assertThat(count("segments WHERE video_id = '" + videoId + "'")).isZero();
    }

    @Test
    void theFullDurationIsGeneratedSegmentBySegment() throws Exception {
        Socket socket = open(admin(), videoId);

        socket.send("{\"interval_seconds\": \"30\", \"full_duration\": true}");

        assertThat(socket.next().path("message").asString())
                .isEqualTo("Starting full-duration generation over 2 segments.");
        assertThat(socket.next().path("message").asString()).isEqualTo("[1/2] 0-29s");
        JsonNode first = socket.next();
        assertThat(first.path("type").asString()).isEqualTo("segment_result");
        assertThat(first.path("result").has("questions")).isTrue();
        assertThat(socket.next().path("message").asString()).isEqualTo("[2/2] 30-50s");
        JsonNode second = socket.next();
        assertThat(second.path("start").asInt()).isEqualTo(30);
        assertThat(second.path("end").asInt()).isEqualTo(50);
        assertThat(second.path("result").path("error").path("reason").asString()).isEqualTo("no_transcript");
        assertThat(second.path("result").path("error").path("retryable").asBoolean()).isFalse();
        JsonNode done = socket.next();
        assertThat(done.path("type").asString()).isEqualTo("done");
        assertThat(done.path("segments_count").asInt()).isEqualTo(2);
        assertThat(done.path("auto_saved").asBoolean()).isFalse();
        JsonNode data = done.path("data");
        assertThat(data.path("video_id").asString()).isEqualTo(videoId);
        assertThat(data.path("interval_seconds").asInt()).isEqualTo(30);
        assertThat(data.path("start_offset").asInt()).isZero();
        assertThat(data.path("duration_seconds").asInt()).isEqualTo(50);
        assertThat(data.path("segments")).hasSize(2);
        assertThat(data.path("segments").path(1).path("result")).isEqualTo(second.path("result"));
        assertThat(socket.closed()).isEqualTo(WebSocket.NORMAL_CLOSURE);
        assertThat(count("segments WHERE video_id = '" + videoId + "'")).isZero();
    }

    @Test
    void aVideoWithoutFramesGetsTheErrorEvent() throws Exception {
        String bare = "vid_" + unique();
        videos.upsert(bare, "upload", null, "No frames yet", null, 30.0);
        Socket socket = open(admin(), bare);

        socket.send("{}");

        assertThat(socket.next().toString())
                .isEqualTo("{\"type\":\"error\",\"message\":\"Frames not found. Please extract frames first.\"}");
        assertThat(socket.closed()).isEqualTo(WebSocket.NORMAL_CLOSURE);
    }

    @Test
    void aBadRequestGetsTheErrorEvent() throws Exception {
        Socket socket = open(admin(), videoId);

        socket.send("{\"start_seconds\": \"soon\"}");

        JsonNode error = socket.next();
        assertThat(error.path("type").asString()).isEqualTo("error");
        assertThat(error.path("message").asString()).isEqualTo("start_seconds must be a whole number, not \"soon\"");
        assertThat(socket.closed()).isEqualTo(WebSocket.NORMAL_CLOSURE);

        Socket notJson = open(admin(), videoId);
        notJson.send("start please");
        assertThat(notJson.next().path("message").asString()).isEqualTo("The request is not valid JSON");
    }

    @Test
    void onlyAnAdminSessionOpensTheSocket() {
        String password = "pw-" + unique();
        String expert = newExpert(password);

        assertThat(handshakeStatus(anonymous(), videoId)).isEqualTo(401);
        assertThat(handshakeStatus(expert(expert, password), videoId)).isEqualTo(403);
        assertThat(handshakeStatus(admin(), "bad.id")).isEqualTo(400);
    }

    private int handshakeStatus(ApiClient client, String video) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> open(client, video));
        assertThat(failure).isInstanceOf(CompletionException.class).cause().isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    private Socket open(ApiClient client, String video) {
        Socket socket = new Socket();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (client.sessionId() != null) {
            builder.header("Cookie", "SESSION=" + client.sessionId());
        }
        socket.webSocket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/questions/" + video), socket)
                .join();
        return socket;
    }

    /** A client socket that keeps the text frames it receives and how it was closed. */
    private static final class Socket implements WebSocket.Listener {

        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket webSocket;

        void send(String text) {
            webSocket.sendText(text, true).join();
        }

        JsonNode next() throws InterruptedException {
            String message = messages.poll(60, TimeUnit.SECONDS);
            assertThat(message).as("a message within a minute").isNotNull();
            return JSON.readTree(message);
        }

        int closed() throws Exception {
            return closed.get(30, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}

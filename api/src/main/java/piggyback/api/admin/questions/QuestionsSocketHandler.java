package piggyback.api.admin.questions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import piggyback.api.web.Json;
import piggyback.batch.questions.Segment;
import piggyback.batch.questions.SegmentGeneration;
import piggyback.batch.questions.Segments;
import piggyback.batch.questions.VideoSegments;
import piggyback.storage.videos.Frames;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code WS /ws/questions/{video_id}} (docs/api-contract.md#admin): the admin's live question generation. After the
 * client's one message, segments are generated one after another and each result is sent as it
 * comes; nothing is stored (the admin submits what it keeps). Generation runs on its own thread so
 * the socket stays responsive, and stops when the client goes away.
 */
@Component
class QuestionsSocketHandler extends TextWebSocketHandler {

    static final String VIDEO_ID = "videoId";
    /** Live generations at once; one more waits for a free slot. */
    private static final int CONCURRENT_GENERATIONS = 4;
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_LIMIT = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(QuestionsSocketHandler.class);

    private final SegmentGeneration generation;
    private final VideoSegments videoSegments;
    private final Frames frames;
    private final JsonMapper json;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("questions-socket-");
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();

    QuestionsSocketHandler(SegmentGeneration generation, VideoSegments videoSegments, Frames frames,
                           JsonMapper json) {
        this.generation = generation;
        this.videoSegments = videoSegments;
        this.frames = frames;
        this.json = json;
        executor.setConcurrencyLimit(CONCURRENT_GENERATIONS);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        if (running.containsKey(session.getId())) {
            return; // one request per connection; later messages are not part of the protocol
        }
        WebSocketSession out = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
        GenerationRequest request;
        try {
            request = GenerationRequest.of(json.readTree(message.getPayload()));
        } catch (JacksonException | IllegalArgumentException e) {
            fail(out, e instanceof JacksonException ? "The request is not valid JSON" : e.getMessage());
            return;
        }
        String videoId = (String) session.getAttributes().get(VIDEO_ID);
        running.put(session.getId(), executor.submit(() -> generate(out, videoId, request)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Future<?> generating = running.remove(session.getId());
        if (generating != null) {
            generating.cancel(true);
        }
    }

    private void generate(WebSocketSession out, String videoId, GenerationRequest request) {
        try {
            if (frames.count(videoId) == 0) {
                fail(out, "Frames not found. Please extract frames first.");
                return;
            }
            OptionalInt duration = videoSegments.duration(videoId);
            if (request.fullDuration()) {
                generateAll(out, videoId, request, duration);
            } else {
                generateOne(out, videoId, request, duration);
            }
            out.close(CloseStatus.NORMAL);
        } catch (CancellationException | IOException gone) {
            // the client went away: stop quietly
        } catch (RuntimeException e) {
            log.warn("live question generation for {} failed", videoId, e);
            try {
                fail(out, String.valueOf(e.getMessage()));
            } catch (IOException gone) {
                // the client is gone too
            }
        } finally {
            running.remove(out.getId());
        }
    }

    private void generateOne(WebSocketSession out, String videoId, GenerationRequest request, OptionalInt duration)
            throws IOException {
        int start = Math.max(0, request.startSeconds());
        int end = start + Math.max(1, request.intervalSeconds()) - 1;
        if (duration.isPresent()) {
            end = Math.min(end, duration.getAsInt());
        }
        send(out, Json.obj("type", "status", "message", "Generating questions for " + start + "-" + end + "s..."));
        send(out, result(videoId, new Segment(start, end)));
        send(out, Json.obj("type", "done", "auto_saved", false, "generator", generation.generatorName()));
    }

    private void generateAll(WebSocketSession out, String videoId, GenerationRequest request, OptionalInt duration)
            throws IOException {
        if (duration.isEmpty() || duration.getAsInt() <= 0) {
            fail(out, "Unable to determine video duration.");
            return;
        }
        List<Segment> segments = Segments.build(duration.getAsInt(), request.intervalSeconds(), request.startSeconds());
        send(out, Json.obj("type", "status", "message",
                "Starting full-duration generation over " + segments.size() + " segments."));
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            send(out, Json.obj("type", "status", "message",
                    "[" + (i + 1) + "/" + segments.size() + "] " + segment.start() + "-" + segment.end() + "s"));
            Map<String, Object> result = result(videoId, segment);
            send(out, result);
            results.add(Json.obj("start", segment.start(), "end", segment.end(), "result", result.get("result")));
        }
        send(out, Json.obj("type", "done", "segments_count", segments.size(), "auto_saved", false,
                "generator", generation.generatorName(),
                "data", Json.obj("video_id", videoId, "interval_seconds", request.intervalSeconds(),
                        "start_offset", request.startSeconds(), "duration_seconds", duration.getAsInt(),
                        "segments", results)));
    }

    private Map<String, Object> result(String videoId, Segment segment) {
        return Json.obj("type", "segment_result", "start", segment.start(), "end", segment.end(),
                "result", SegmentResults.json(generation.generate(videoId, segment)));
    }

    private void fail(WebSocketSession out, String message) throws IOException {
        send(out, Json.obj("type", "error", "message", message));
        out.close(CloseStatus.NORMAL);
    }

    private void send(WebSocketSession out, Map<String, Object> event) throws IOException {
        if (!out.isOpen()) {
            throw new CancellationException("the client closed the connection");
        }
        out.sendMessage(new TextMessage(json.writeValueAsString(event)));
    }
}

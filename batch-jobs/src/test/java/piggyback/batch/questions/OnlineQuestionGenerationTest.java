package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.OnlineBatchTest;
import piggyback.batch.PipelineFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Videos;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One segment's generation through the real openai-java client against the fake OpenAI server:
 * what goes over the wire, and how the provider's refusals, rate limits and slowness come out.
 */
class OnlineQuestionGenerationTest extends OnlineBatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SegmentGeneration generation;
    @Autowired
    Videos videos;
    @Autowired
    Frames frames;
    @Autowired
    MediaStore store;

    private PipelineFixtures fixtures;
    private String videoId;

    @BeforeEach
    void aVideoWithTwelveFramesAndSubtitles() {
        fixtures = new PipelineFixtures(videos, frames, store);
        videoId = fixtures.video(12.0);
        fixtures.frames(videoId, 0, 11, second -> second < 4 ? "Pip packed a basket."
                : second < 8 ? "No subtitle at this time" : "Pip walked to the park.");
    }

    @Test
    void theRequestCarriesFiveSmallLowDetailFramesAndTheTranscript() throws Exception {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat(QuestionRepliesTest.REPLY));

        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        SegmentQuestions questions = (SegmentQuestions) result;
        assertThat(questions.questions()).hasSize(7);
        assertThat(questions.generator()).isEqualTo("openai:gpt-4o-mini");
        List<FakeOpenAi.Recorded> requests = openAi.requests(FakeOpenAi.CHAT);
        assertThat(requests).hasSize(1);
        JsonNode body = JSON.readTree(requests.get(0).bodyText());
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1500);
        assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_object");
        assertThat(body.path("messages").path(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").path(0).path("content").asString()).contains("child-focused");
        JsonNode user = body.path("messages").path(1);
        assertThat(user.path("role").asString()).isEqualTo("user");
        JsonNode parts = user.path("content");
        assertThat(parts.path(0).path("type").asString()).isEqualTo("text");
        assertThat(parts.path(0).path("text").asString())
                .contains("[00:00] Pip packed a basket.\n[00:08] Pip walked to the park.")
                .contains("5 frames", "12-second part", "from 0s to 11s")
                .doesNotContain("No subtitle at this time");
        List<JsonNode> images = new ArrayList<>();
        parts.forEach(part -> {
            if (part.path("type").asString().equals("image_url")) {
                images.add(part.path("image_url"));
            }
        });
        assertThat(images).hasSize(5);
        for (JsonNode image : images) {
            assertThat(image.path("detail").asString()).isEqualTo("low");
            String url = image.path("url").asString();
            assertThat(url).startsWith("data:image/jpeg;base64,");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(url.substring("data:image/jpeg;base64,".length()))));
            assertThat(decoded.getWidth()).isEqualTo(512);
            assertThat(decoded.getHeight()).isEqualTo(288);
        }
    }

    @Test
    void aRateLimitIsWaitedOutAndTheSamePromptSentAgain() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.error(429, "rate_limit_exceeded", "Rate limit reached for gpt-4o-mini"),
                Reply.chat(QuestionRepliesTest.REPLY));

        long started = System.nanoTime();
        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        // the client does not retry on its own: one refused request, one answered
        List<FakeOpenAi.Recorded> requests = openAi.requests(FakeOpenAi.CHAT);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).bodyText()).isEqualTo(requests.get(0).bodyText());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theContentFilterLeadsToTheTranscriptOnlyPromptWithoutImages() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("", "content_filter"), Reply.chat(QuestionRepliesTest.REPLY));

        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        List<FakeOpenAi.Recorded> requests = openAi.requests(FakeOpenAi.CHAT);
        assertThat(requests).hasSize(2);
        JsonNode parts = JSON.readTree(requests.get(1).bodyText()).path("messages").path(1).path("content");
        assertThat(parts).hasSize(1);
        assertThat(parts.path(0).path("text").asString())
                .endsWith("If the visuals are unavailable, answer from the transcript alone.");
    }

    @Test
    void aRefusalOfEveryPromptIsAFailureThatIsNotRetried() {
        openAi.always(FakeOpenAi.CHAT, Reply.chat("", "content_filter"));

        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));

        assertThat(failure.reason()).isEqualTo("model_refusal");
        assertThat(failure.retryable()).isFalse();
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(3);
    }

    @Test
    void aProviderTooSlowForTheBudgetEndsInGenerationTimeout() {
        openAi.always(FakeOpenAi.CHAT, Reply.chat(QuestionRepliesTest.REPLY).after(Duration.ofSeconds(6)));

        long started = System.nanoTime();
        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));

        assertThat(failure.reason()).isEqualTo("generation_timeout");
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).contains("no usable reply within 4 s", "openai_error", "no reply within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aSegmentWithoutFramesIsNotSentToTheModel() {
        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(100, 159));

        assertThat(failure.reason()).isEqualTo("no_frames_in_segment");
        assertThat(failure.retryable()).isFalse();
        assertThat(openAi.requests(FakeOpenAi.CHAT)).isEmpty();
    }

    @Test
    void framesWhoseImagesAreGoneCannotBeEncoded() {
        String bare = fixtures.video(10.0);
        fixtures.framesRows(bare, 0, 9, second -> "Hello.");

        SegmentFailure failure = (SegmentFailure) generation.generate(bare, new Segment(0, 9));

        assertThat(failure.reason()).isEqualTo("frame_encoding_failed");
        assertThat(failure.retryable()).isFalse();
        assertThat(openAi.requests(FakeOpenAi.CHAT)).isEmpty();
    }
}

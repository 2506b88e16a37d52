package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.PipelineFixtures;
import piggyback.batch.ProviderBatchTest;
import piggyback.batch.testing.ChatProtocol;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Videos;
import piggyback.testing.FakeOpenAi.Recorded;

/**
 * One segment's generation through a provider's real client against its fake server: the request carries the
 * prompts and the frames, and a good answer, a refusal, invalid JSON, a rate limit with a wait, a server error and
 * slowness come out as they do with OpenAI (OnlineQuestionGenerationTest). Subclasses name the provider.
 */
abstract class ProviderQuestionGenerationTest extends ProviderBatchTest {

    @Autowired
    SegmentGeneration generation;
    @Autowired
    Videos videos;
    @Autowired
    Frames frames;
    @Autowired
    MediaStore store;

    private static final Set<ChatProtocol> warmed = EnumSet.noneOf(ChatProtocol.class);

    private String videoId;

    ProviderQuestionGenerationTest(ChatProtocol provider) {
        super(provider);
    }

    @BeforeEach
    void aVideoWithTwelveFramesAndSubtitles() {
        PipelineFixtures fixtures = new PipelineFixtures(videos, frames, store);
        videoId = fixtures.video(12.0);
        fixtures.frames(videoId, 0, 11, second -> second < 6 ? "Pip packed a basket." : "Pip walked to the park.");
        warmUp();
    }

    /**
     * The client's first call loads its classes, which on a busy machine takes seconds of the segment's budget:
     * one call before each class's first test keeps the timings of the tests about the provider alone.
     */
    private void warmUp() {
        if (warmed.add(provider)) {
            provider.server().enqueue(path(), provider.text(QuestionRepliesTest.REPLY));
            generation.generate(videoId, new Segment(0, 11));
            provider.server().reset();
        }
    }

    @Test
    void aGoodAnswerGivesTheQuestionsAndTheRequestCarriesThePromptsAndFiveFrames() {
        provider.server().enqueue(path(), provider.text(QuestionRepliesTest.REPLY));

        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        SegmentQuestions questions = (SegmentQuestions) result;
        assertThat(questions.questions()).hasSize(7);
        assertThat(questions.bestQuestion()).isEqualTo("Where are they?");
        assertThat(questions.generator()).isEqualTo(provider.key() + ":" + provider.defaultModel());
        List<Recorded> requests = provider.requests();
        assertThat(requests).hasSize(1);
        assertThat(ChatProtocol.images(requests.get(0))).isEqualTo(5);
        assertThat(provider.maxTokens(requests.get(0))).isEqualTo(QuestionPrompts.MAX_TOKENS);
        assertThat(String.join("\n", ChatProtocol.texts(requests.get(0))))
                .contains("child-focused", "[00:00] Pip packed a basket.", "5 frames", "from 0s to 11s",
                        "Return JSON only");
    }

    @Test
    void aRefusalOfEveryPromptIsAModelRefusalAfterTryingWithoutImages() {
        provider.server().always(path(), provider.refusal());

        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));

        assertThat(failure.reason()).as(failure.toString()).isEqualTo("model_refusal");
        assertThat(failure.retryable()).isFalse();
        List<Recorded> requests = provider.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(ChatProtocol::images).containsExactly(5, 0, 5);
    }

    @Test
    void invalidJsonIsAskedAgainAtOnceAndKeptAsTheLastProblem() {
        provider.server().enqueue(path(), provider.text("Sure! Here are the questions you asked for."),
                provider.text(QuestionRepliesTest.REPLY));

        assertThat(generation.generate(videoId, new Segment(0, 11))).isInstanceOf(SegmentQuestions.class);
        assertThat(provider.requests()).hasSize(2);

        provider.server().reset();
        provider.server().always(path(), provider.text("Not JSON at all"));
        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));
        assertThat(failure.reason()).as(failure.toString()).isEqualTo("generation_timeout");
        assertThat(failure.message()).contains("invalid_json");
        assertThat(failure.rawPreview()).isEqualTo("Not JSON at all");
    }

    @Test
    void aRateLimitWaitsAsLongAsTheProviderAsksThenSendsTheSamePromptAgain() {
        // longer than the first back-off (at most 2 s), so only the provider's wait explains the pause
        provider.server().enqueue(path(), provider.rateLimited(Duration.ofSeconds(3)),
                provider.text(QuestionRepliesTest.REPLY));

        long started = System.nanoTime();
        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        List<Recorded> requests = provider.requests();
        assertThat(requests).as("the client does not retry on its own").hasSize(2);
        assertThat(requests.get(1).bodyText()).isEqualTo(requests.get(0).bodyText());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aServerErrorEndsThePromptAndThePoliteOneIsTried() {
        provider.server().enqueue(path(), provider.serverError(), provider.text(QuestionRepliesTest.REPLY));

        SegmentResult result = generation.generate(videoId, new Segment(0, 11));

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        List<Recorded> requests = provider.requests();
        assertThat(requests).hasSize(2);
        assertThat(String.join("\n", ChatProtocol.texts(requests.get(1)))).contains("safe, non-violent");

        provider.server().reset();
        provider.server().always(path(), provider.serverError());
        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));
        assertThat(failure.reason()).isEqualTo("generation_timeout");
        assertThat(failure.message()).contains("last problem: " + provider.key() + "_error");
    }

    @Test
    void aProviderTooSlowForTheBudgetEndsInGenerationTimeout() {
        provider.server().always(path(), provider.text(QuestionRepliesTest.REPLY).after(Duration.ofSeconds(9)));

        long started = System.nanoTime();
        SegmentFailure failure = (SegmentFailure) generation.generate(videoId, new Segment(0, 11));

        assertThat(failure.reason()).isEqualTo("generation_timeout");
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).contains("no usable reply within 7 s", "no reply within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
    }

    private String path() {
        return provider.path(provider.defaultModel());
    }
}

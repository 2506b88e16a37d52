package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import piggyback.storage.videos.FrameRow;

/**
 * The retry and polite-prompt state machine and the time budget, call by call,
 * with a scripted chat model and a clock that only moves when the generator waits.
 */
class ChatQuestionGeneratorTest {

    private static final Duration BUDGET = Duration.ofSeconds(120);
    private static final ChatReply GOOD = new ChatReply(QuestionRepliesTest.REPLY, false);
    private static final ChatReply REFUSED = new ChatReply(null, true);
    private static final ChatReply EMPTY = new ChatReply("  ", false);
    private static final ChatReply NOT_JSON = new ChatReply("Sure! Here are your questions: ...", false);
    private static final RuntimeException RATE_LIMITED =
            new IllegalStateException("429: {\"error\":{\"code\":\"rate_limit_exceeded\"}}");
    private static final RuntimeException BROKEN = new IllegalStateException("500: server_error");

    private final ManualPacing pacing = new ManualPacing();
    private final ScriptedChat chat = new ScriptedChat(pacing);
    private final SegmentInput input = new SegmentInput("vid", new Segment(60, 119),
            List.of(new FrameImage(60, "AAAA"), new FrameImage(72, "BBBB")),
            Transcript.of(List.of(new FrameRow(61, 64, 36, "Pip packed a basket."))), null);

    private SegmentResult generate(Duration budget) {
        return new ChatQuestionGenerator(chat, "openai", "gpt-4o-mini", pacing, budget).generate(input);
    }

    @Test
    void aGoodFirstReplyIsTheResult() {
        chat.then(GOOD);

        SegmentResult result = generate(BUDGET);

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(((SegmentQuestions) result).generator()).isEqualTo("openai:gpt-4o-mini");
        assertThat(chat.calls).hasSize(1);
        Call call = chat.calls.get(0);
        assertThat(call.system()).isEqualTo(QuestionPrompts.SYSTEM);
        assertThat(call.text()).isEqualTo(QuestionPrompts.standard(input))
                .contains("[01:01] Pip packed a basket.", "2 frames", "60-second part", "from 60s to 119s",
                        "aged 6 to 8");
        assertThat(call.images()).isEqualTo(2);
        assertThat(call.timeout()).isEqualTo(BUDGET);
        assertThat(pacing.sleeps).isEmpty();
    }

    @Test
    void aRefusalIsFollowedByTheSamePromptWithoutImages() {
        chat.then(REFUSED, GOOD);

        SegmentResult result = generate(BUDGET);

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        assertThat(chat.calls).hasSize(2);
        assertThat(chat.calls.get(1).images()).isZero();
        assertThat(chat.calls.get(1).text()).isEqualTo(QuestionPrompts.standard(input) + QuestionPrompts.TRANSCRIPT_ONLY)
                .endsWith("If the visuals are unavailable, answer from the transcript alone.");
    }

    @Test
    void anEmptyReplyIsTriedThreeTimesThenWithoutImages() {
        chat.then(EMPTY, EMPTY, EMPTY, GOOD);

        generate(BUDGET);

        assertThat(chat.calls).extracting(Call::images).containsExactly(2, 2, 2, 0);
        assertThat(pacing.sleeps).isEmpty();
    }

    @Test
    void invalidJsonThreeTimesMovesOnToThePolitePrompt() {
        chat.then(NOT_JSON, NOT_JSON, NOT_JSON, GOOD);

        SegmentResult result = generate(BUDGET);

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(chat.calls).hasSize(4);
        assertThat(chat.calls.subList(0, 3)).extracting(Call::text).containsOnly(QuestionPrompts.standard(input));
        assertThat(chat.calls.get(3).text()).isEqualTo(QuestionPrompts.polite(input));
        assertThat(chat.calls.get(3).images()).isEqualTo(2);
        assertThat(pacing.sleeps).isEmpty();
    }

    @Test
    void aRateLimitWaitsTwoToTheTryPlusJitter() {
        chat.then(RATE_LIMITED, RATE_LIMITED, GOOD);

        SegmentResult result = generate(BUDGET);

        assertThat(result).isInstanceOf(SegmentQuestions.class);
        // 2^0 + 0.5 and 2^1 + 0.5 seconds, with the jitter U(0,1) fixed at 0.5
        assertThat(pacing.sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500));
        assertThat(chat.calls).extracting(Call::text).containsOnly(QuestionPrompts.standard(input));
        assertThat(chat.calls.get(2).timeout()).isEqualTo(BUDGET.minusMillis(4000));
    }

    @Test
    void aRateLimitOnTheLastTryEndsThePromptAsAnOpenAiError() {
        chat.then(RATE_LIMITED, RATE_LIMITED, RATE_LIMITED, GOOD);

        SegmentResult result = generate(BUDGET);

        // three tries of the standard prompt with two waits, no wait after the third: the polite prompt next
        assertThat(result).isInstanceOf(SegmentQuestions.class);
        assertThat(pacing.sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500));
        assertThat(chat.calls).hasSize(4);
        assertThat(chat.calls.get(3).text()).isEqualTo(QuestionPrompts.polite(input));
    }

    @Test
    void aFailureThatCannotImproveStopsAtOnce() {
        chat.then(REFUSED, REFUSED, REFUSED);

        SegmentResult result = generate(BUDGET);

        assertThat(result).isInstanceOf(SegmentFailure.class);
        SegmentFailure failure = (SegmentFailure) result;
        assertThat(failure.reason()).isEqualTo("model_refusal");
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.attempts()).isEqualTo(1);
        // standard (refused), standard without images (refused), polite (refused); no second attempt
        assertThat(chat.calls).extracting(Call::images).containsExactly(2, 0, 2);
        assertThat(chat.calls.get(2).text()).isEqualTo(QuestionPrompts.polite(input));
        assertThat(pacing.sleeps).isEmpty();
    }

    @Test
    void tenAttemptsAtMostThePoliteOneFirstFromTheThird() {
        chat.always(() -> {
            throw BROKEN;
        });

        SegmentResult result = generate(Duration.ofHours(1));

        SegmentFailure failure = (SegmentFailure) result;
        assertThat(failure.reason()).isEqualTo("openai_error");
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).isEqualTo("IllegalStateException: 500: server_error");
        assertThat(failure.attempts()).isEqualTo(10);
        // two prompts an attempt, each ended by its first error
        assertThat(chat.calls).hasSize(20);
        assertThat(chat.calls.get(0).text()).isEqualTo(QuestionPrompts.standard(input));
        assertThat(chat.calls.get(2).text()).isEqualTo(QuestionPrompts.standard(input));
        assertThat(chat.calls.get(4).text()).isEqualTo(QuestionPrompts.polite(input));
        assertThat(chat.calls.get(19).text()).isEqualTo(QuestionPrompts.standard(input));
        // U(1,3) s between attempts (jitter 0.5 → 2 s), none after the last
        assertThat(pacing.sleeps).hasSize(9).containsOnly(Duration.ofSeconds(2));
    }

    @Test
    void theBudgetEndsGenerationWithGenerationTimeout() {
        chat.then(NOT_JSON, NOT_JSON, NOT_JSON);
        chat.always(() -> {
            pacing.advance(Duration.ofSeconds(50));
            throw new IllegalStateException("Request timed out");
        });

        SegmentResult result = generate(BUDGET);

        SegmentFailure failure = (SegmentFailure) result;
        assertThat(failure.reason()).isEqualTo("generation_timeout");
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).contains("120 s", "openai_error", "Request timed out");
        assertThat(failure.attempts()).isEqualTo(2);
        // each call may only use what is left of the budget: 50 s went on the slow call, 2 s on the wait
        assertThat(chat.calls.get(3).timeout()).isEqualTo(BUDGET);
        assertThat(chat.calls.get(4).timeout()).isEqualTo(BUDGET.minusSeconds(52));
        assertThat(chat.calls).hasSize(6);
    }

    @Test
    void aCallCutShortByTheBudgetKeepsTheProblemOfTheAttemptBefore() {
        int[] calls = {0};
        chat.always(() -> {
            if (calls[0]++ < 6) {
                pacing.advance(Duration.ofSeconds(3));
                return NOT_JSON;
            }
            // as TimedCall gives up on a call that had only the rest of the budget
            throw new IllegalStateException("no reply within 1000 ms", new TimeoutException());
        });

        // six unreadable replies take 18 s, the wait 2 s: the second attempt's first call has the last second
        SegmentFailure failure = (SegmentFailure) generate(Duration.ofSeconds(21));

        assertThat(chat.calls).hasSize(7);
        assertThat(chat.calls.get(6).timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(failure.reason()).isEqualTo("generation_timeout");
        assertThat(failure.message()).contains("invalid_json").doesNotContain("openai_error");
    }

    @Test
    void anInterruptedWaitCancelsGeneration() {
        chat.always(() -> {
            throw RATE_LIMITED;
        });
        pacing.interruptSleeps = true;

        assertThatThrownBy(() -> generate(BUDGET)).isInstanceOf(CancellationException.class);
        Thread.interrupted();
    }

    record Call(String system, String text, int images, Duration timeout) {
    }

    /** A chat model that answers from a script; every call is recorded. */
    static final class ScriptedChat implements QuestionChat {

        final List<Call> calls = new ArrayList<>();
        private final Deque<Supplier<ChatReply>> script = new ArrayDeque<>();
        private final ManualPacing pacing;
        private Supplier<ChatReply> afterwards = () -> {
            throw new AssertionError("more calls than scripted");
        };

        ScriptedChat(ManualPacing pacing) {
            this.pacing = pacing;
        }

        void then(Object... steps) {
            for (Object step : steps) {
                script.add(step instanceof RuntimeException error ? () -> {
                    throw error;
                } : () -> (ChatReply) step);
            }
        }

        void always(Supplier<ChatReply> step) {
            afterwards = step;
        }

        @Override
        public ChatReply ask(String system, String text, List<FrameImage> images, Duration timeout) {
            calls.add(new Call(system, text, images.size(), timeout));
            return (script.isEmpty() ? afterwards : script.poll()).get();
        }
    }

    /** A clock that moves only when the generator sleeps (or a test says so); fixed jitter. */
    static final class ManualPacing implements RetryPacing {

        final List<Duration> sleeps = new ArrayList<>();
        boolean interruptSleeps;
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            if (interruptSleeps) {
                throw new InterruptedException();
            }
            sleeps.add(wait);
            advance(wait);
        }

        @Override
        public double random() {
            return 0.5;
        }
    }
}

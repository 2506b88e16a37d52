package piggyback.batch.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;

import piggyback.batch.ai.ProviderFailure;

/**
 * Questions from a vision chat model of any provider, with the reference's retry and
 * polite-prompt logic kept call for call, and a time budget per segment on top:
 * <ul>
 * <li>a prompt is tried up to 3 times: a rate limit waits 2^k + U(0,1) s (longer when the provider asks for a
 *     longer wait) and tries again, an empty
 *     or non-JSON reply tries again at once, any other error or the content filter ends the prompt;</li>
 * <li>an attempt tries the standard then the polite prompt (polite first from attempt 3), and once
 *     per attempt, after a refusal or an empty reply, the prompt without images;</li>
 * <li>up to 10 attempts, U(1,3) s apart, stopping at once on a failure that cannot improve;</li>
 * <li>when the budget runs out, the segment fails with {@code generation_timeout}.</li>
 * </ul>
 */
final class ChatQuestionGenerator implements QuestionGenerator {

    static final int TRIES_PER_PROMPT = 3;
    static final int ATTEMPTS = 10;
    /** Attempts from this one on lead with the polite prompt. */
    static final int POLITE_FIRST_FROM = 3;

    private final QuestionChat chat;
    private final String provider;
    private final String name;
    private final RetryPacing pacing;
    private final Duration budget;

    /** @param provider the provider's key (openai, anthropic, gemini): its failures are {@code <provider>_error} */
    ChatQuestionGenerator(QuestionChat chat, String provider, String model, RetryPacing pacing, Duration budget) {
        this.chat = chat;
        this.provider = provider;
        this.name = provider + ":" + model;
        this.pacing = pacing;
        this.budget = budget;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean needsImages() {
        return true;
    }

    @Override
    public SegmentResult generate(SegmentInput input) {
        return new Run(input).result();
    }

    /** Closes the HTTP client when the application stops. */
    public void close() {
        chat.close();
    }

    /** The segment's time budget ran out. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }

    /** One segment's generation: its deadline and the last problem seen. */
    private final class Run {

        private final SegmentInput input;
        private final Instant deadline;
        private SegmentFailure last;
        private int attempt;

        Run(SegmentInput input) {
            this.input = input;
            this.deadline = pacing.now().plus(budget);
        }

        SegmentResult result() {
            try {
                SegmentFailure failure = null;
                for (attempt = 1; attempt <= ATTEMPTS; attempt++) {
                    SegmentQuestions questions = attempt(attempt >= POLITE_FIRST_FROM);
                    if (questions != null) {
                        return questions.withAttempts(attempt);
                    }
                    failure = (last != null ? last : SegmentFailure.of("generation_failed", true, null))
                            .withAttempts(attempt);
                    if (!failure.retryable()) {
                        return failure;
                    }
                    if (attempt < ATTEMPTS) {
                        pause(Duration.ofMillis(Math.round((1 + 2 * pacing.random()) * 1000)));
                    }
                }
                return failure;
            } catch (OutOfTime outOfTime) {
                String lastProblem = last == null ? "" : "; last problem: " + last.reason()
                        + (last.message() == null ? "" : " (" + last.message() + ")");
                return new SegmentFailure("generation_timeout", true,
                        "no usable reply within " + budget.toSeconds() + " s" + lastProblem,
                        last == null ? null : last.rawPreview(), Math.min(attempt, ATTEMPTS));
            }
        }

        // "last" is not reset here: when the budget runs out at the start of an attempt, the problem of the
        // attempt before is the one worth reporting, not the cut-short call
        private SegmentQuestions attempt(boolean politeFirst) {
            String standard = QuestionPrompts.standard(input);
            String polite = QuestionPrompts.polite(input);
            boolean triedWithoutImages = false;
            for (String prompt : politeFirst ? List.of(polite, standard) : List.of(standard, polite)) {
                SegmentQuestions questions = ask(prompt, input.images());
                if (questions != null) {
                    return questions;
                }
                if (!triedWithoutImages && last != null
                        && (last.reason().equals("model_refusal") || last.reason().equals("empty_response"))) {
                    triedWithoutImages = true;
                    questions = ask(QuestionPrompts.transcriptOnly(prompt), List.of());
                    if (questions != null) {
                        return questions;
                    }
                }
            }
            return null;
        }

        /** One prompt, up to three tries; null when it gave no questions (the reason is in {@link #last}). */
        private SegmentQuestions ask(String prompt, List<FrameImage> images) {
            for (int tryNumber = 0; tryNumber < TRIES_PER_PROMPT; tryNumber++) {
                Duration timeout = remaining();
                ChatReply reply;
                try {
                    reply = chat.ask(QuestionPrompts.SYSTEM, prompt, images, timeout);
                } catch (CancellationException interrupted) {
                    throw interrupted;
                } catch (RuntimeException error) {
                    ProviderFailure failure = ProviderFailure.of(error);
                    if (failure.timedOut()) {
                        // the call had what was left of the budget: keep the problem that led here, if any
                        if (last == null) {
                            last = SegmentFailure.of(provider + "_error", true, failure.message());
                        }
                        throw new OutOfTime();
                    }
                    if (failure.rateLimited() && tryNumber < TRIES_PER_PROMPT - 1) {
                        last = SegmentFailure.of("rate_limit_exceeded", true, failure.message());
                        Duration backOff = Duration.ofMillis(Math.round((Math.pow(2, tryNumber) + pacing.random()) * 1000));
                        pause(failure.retryAfter().filter(asked -> asked.compareTo(backOff) > 0).orElse(backOff));
                        continue;
                    }
                    last = SegmentFailure.of(provider + "_error", true, failure.message());
                    return null;
                }
                if (reply.contentFiltered()) {
                    last = SegmentFailure.of("model_refusal", false, "the provider's content filter stopped the reply");
                    return null;
                }
                if (reply.content() == null || reply.content().isBlank()) {
                    last = SegmentFailure.of("empty_response", true, null);
                    continue;
                }
                QuestionReplies.Read read = QuestionReplies.read(reply.content(), name);
                if (read.questions() != null) {
                    return read.questions();
                }
                last = read.problem();
            }
            return null;
        }

        /** What is left of the budget; running out ends the generation. */
        private Duration remaining() {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("question generation was interrupted");
            }
            Duration left = Duration.between(pacing.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new OutOfTime();
            }
            return left;
        }

        private void pause(Duration wait) {
            if (wait.compareTo(remaining()) >= 0) {
                throw new OutOfTime();
            }
            try {
                pacing.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("question generation was interrupted");
            }
        }
    }
}

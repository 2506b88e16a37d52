package piggyback.api.kids.grading.judges;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

import piggyback.batch.ai.TimedCall;

/**
 * The online judge: one chat completion per answer the grader's rules are not confident about, with
 * the elements of the reference's judge (docs/decisions/0012-grading-rules.md: a teacher, the three
 * lines, a one-word reply) and a short rubric for ages 5–10. Any failure is no verdict, so the offline
 * judge decides instead of keeping a child waiting; so is a reply slower than the timeout ({@link TimedCall}).
 */
final class ChatJudge implements AnswerJudge {

    private static final Logger log = LoggerFactory.getLogger(ChatJudge.class);
    static final String SYSTEM = """
            You are a friendly primary-school teacher grading the spoken answer of a child aged 5 to 10 to a \
            question about a video. The answer was written down by speech recognition: ignore spelling, fillers \
            and words that sound like the right ones. Grade the meaning: \
            correct = the expected idea in any words, a synonym, or a more specific example of it; \
            almost = on the right track but not there: less specific ("an animal" for "the fox"), one part of a \
            two-part answer, hedged ("maybe", "kind of"), or near in meaning ("grumpy" for "sad", "in the box" for \
            "under the box"); \
            wrong = a different answer, the opposite, a negation, or no answer ("i don't know"). \
            Reply with exactly one word: correct, almost or wrong.""";

    private final ChatModel model;
    private final Duration timeout;

    /** @param model a chat model configured with the judge's model, temperature and token limit */
    ChatJudge(ChatModel model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
    }

    @Override
    public Optional<Verdict> judge(String question, String expected, String answer) {
        String lines = "Question: " + question + "\nExpected answer: " + expected + "\nChild's answer: " + answer;
        long started = System.nanoTime();
        try {
            ChatResponse response = TimedCall.within(timeout,
                    () -> model.call(new Prompt(new SystemMessage(SYSTEM), new UserMessage(lines))));
            String reply = response == null || response.getResult() == null ? null
                    : response.getResult().getOutput().getText();
            return Optional.of(Verdict.ofReply(reply == null ? "" : reply));
        } catch (CancellationException interrupted) {
            return Optional.empty();
        } catch (RuntimeException failure) {
            log.warn("The chat judge failed after {} ms, the grade defaults: {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), failure.toString());
            return Optional.empty();
        }
    }
}

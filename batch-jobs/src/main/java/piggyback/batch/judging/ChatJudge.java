package piggyback.batch.judging;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The online judge: one chat completion per borderline answer, with the elements of spec §5.5 step 7 (a lenient
 * teacher, the three lines, a one-word reply). Any failure, a timeout included, is no verdict, so the grade
 * defaults instead of keeping a child waiting.
 */
final class ChatJudge implements AnswerJudge {

    private static final Logger log = LoggerFactory.getLogger(ChatJudge.class);
    static final String SYSTEM = """
            You are a friendly teacher grading a young child's answer to a comprehension question about a video. \
            Be lenient: when the child says the same idea in other words, or gives a more specific example of the \
            expected answer, it is correct. Reply with exactly one word: correct, almost or wrong.""";

    private final ChatModel model;

    /** @param model a chat model configured with the judge's model, temperature, token limit and timeout */
    ChatJudge(ChatModel model) {
        this.model = model;
    }

    @Override
    public Optional<Verdict> judge(String question, String expected, String answer) {
        String lines = "Question: " + question + "\nExpected answer: " + expected + "\nChild's answer: " + answer;
        long started = System.nanoTime();
        try {
            ChatResponse response = model.call(new Prompt(new SystemMessage(SYSTEM), new UserMessage(lines)));
            String reply = response == null || response.getResult() == null ? null
                    : response.getResult().getOutput().getText();
            return Optional.of(Verdict.ofReply(reply == null ? "" : reply));
        } catch (RuntimeException failure) {
            log.warn("The chat judge failed after {} ms, the grade defaults: {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), failure.toString());
            return Optional.empty();
        }
    }
}

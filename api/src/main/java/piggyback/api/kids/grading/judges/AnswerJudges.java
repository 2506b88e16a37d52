package piggyback.api.kids.grading.judges;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.core.env.Environment;

import piggyback.batch.ai.ChatSettings;

/** The judges this package makes for others. */
public final class AnswerJudges {

    private AnswerJudges() {
    }

    /** The offline judge by meaning, its verdicts remembered. */
    public static AnswerJudge offline() {
        return new RememberedVerdicts(new MeaningJudge());
    }

    /**
     * The chat judge with the reference's settings ({@code piggyback.quiz.ai-temperature}, {@code -max-tokens},
     * {@code -timeout}: docs/decisions/0012-grading-rules.md) and no retries, as a child is waiting: after one
     * timeout the offline judge decides rather than trying again. Its verdicts are remembered.
     *
     * @param models the judge task's chat model for these settings
     */
    public static AnswerJudge chat(Function<ChatSettings, ChatModel> models, Environment environment) {
        double temperature = environment.getProperty("piggyback.quiz.ai-temperature", Double.class, 0.0);
        int maxTokens = environment.getProperty("piggyback.quiz.ai-max-tokens", Integer.class, 50);
        double timeoutSeconds = environment.getProperty("piggyback.quiz.ai-timeout", Double.class, 3.0);
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        ChatModel model = models.apply(new ChatSettings(maxTokens, temperature, false, timeout, 0));
        return new RememberedVerdicts(new ChatJudge(model, timeout));
    }
}

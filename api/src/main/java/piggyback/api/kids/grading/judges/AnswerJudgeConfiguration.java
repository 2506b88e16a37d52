package piggyback.api.kids.grading.judges;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ChatModels;
import piggyback.batch.ai.ChatSettings;

/**
 * The {@link AnswerJudge} that {@link AiProvider} chooses for the judge task (OpenAI or a local OpenAI-compatible
 * server, Claude, Gemini, or offline). The online judge gets a chat model of its own with the reference's settings
 * ({@code piggyback.quiz.ai-*}, docs/decisions/0012-grading-rules.md) and no retries: a child is waiting, so after
 * one timeout the offline judge decides rather than trying again.
 */
@Configuration(proxyBeanMethods = false)
class AnswerJudgeConfiguration {

    @Bean
    AnswerJudge answerJudge(AiProvider provider, ChatModels chatModels,
                            @Value("${piggyback.quiz.ai-temperature:0.0}") double temperature,
                            @Value("${piggyback.quiz.ai-max-tokens:50}") int maxTokens,
                            @Value("${piggyback.quiz.ai-timeout:3.0}") double timeoutSeconds) {
        if (!provider.online(AiTask.JUDGE)) {
            return AnswerJudges.offline();
        }
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        ChatSettings settings = new ChatSettings(maxTokens, temperature, false, timeout, 0);
        return new RememberedVerdicts(new ChatJudge(chatModels.forTask(AiTask.JUDGE, settings), timeout));
    }
}

package piggyback.api.kids.grading.judges;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import piggyback.batch.ai.AiProvider;

/**
 * The {@link AnswerJudge} that {@link AiProvider} chooses. The online judge gets a chat model of its own with the
 * reference's settings ({@code piggyback.quiz.ai-*}, docs/decisions/0012-grading-rules.md) and no retries: a child is waiting, so
 * after one timeout the offline judge decides rather than trying again.
 */
@Configuration(proxyBeanMethods = false)
class AnswerJudgeConfiguration {

    @Bean
    AnswerJudge answerJudge(AiProvider provider,
                            @Value("${spring.ai.openai.base-url}") String baseUrl,
                            @Value("${spring.ai.openai.api-key}") String apiKey,
                            @Value("${piggyback.quiz.ai-model:gpt-4o-mini}") String model,
                            @Value("${piggyback.quiz.ai-temperature:0.0}") double temperature,
                            @Value("${piggyback.quiz.ai-max-tokens:50}") int maxTokens,
                            @Value("${piggyback.quiz.ai-timeout:3.0}") double timeoutSeconds) {
        if (!provider.online()) {
            return AnswerJudges.offline();
        }
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .model(model)
                .temperature(temperature)
                .maxTokens(maxTokens)
                .timeout(timeout)
                .maxRetries(0)
                .build();
        return new RememberedVerdicts(new ChatJudge(OpenAiChatModel.builder().options(options).build(), timeout));
    }
}

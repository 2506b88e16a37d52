package piggyback.batch.questions;

import org.springframework.ai.model.openai.autoconfigure.OpenAiCommonProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ChatModels;
import piggyback.batch.ai.ChatSettings;
import piggyback.batch.ai.ModelProvider;
import piggyback.batch.ai.ProviderLimits;

/** The question generator, on the provider and model {@link AiProvider} gives the questions task. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuestionsProperties.class)
class QuestionsConfiguration {

    @Bean
    QuestionGenerator questionGenerator(AiProvider providers, ChatModels chatModels, ProviderLimits limits,
                                        ObjectProvider<OpenAiCommonProperties> openAi, QuestionsProperties properties) {
        ModelProvider provider = providers.provider(AiTask.QUESTIONS);
        String model = providers.model(AiTask.QUESTIONS);
        if (provider == ModelProvider.OFFLINE) {
            return new OfflineQuestionGenerator(new EnglishText());
        }
        // the budget bounds each call (TimedCall); the client's own timeout only has to be no shorter
        QuestionChat chat = provider == ModelProvider.OPENAI ? OpenAiQuestionChat.connect(openAi.getObject(), model, limits)
                : new SpringAiQuestionChat(chatModels.forTask(AiTask.QUESTIONS, new ChatSettings(
                        QuestionPrompts.MAX_TOKENS, QuestionPrompts.TEMPERATURE, true, properties.segmentBudget(), 0)));
        return new ChatQuestionGenerator(chat, provider.key(), model, RetryPacing.SYSTEM, properties.segmentBudget());
    }
}

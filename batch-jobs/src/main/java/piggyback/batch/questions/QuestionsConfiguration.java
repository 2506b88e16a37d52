package piggyback.batch.questions;

import org.springframework.ai.model.openai.autoconfigure.OpenAiCommonProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;

/** The question generator, online or offline as {@link AiProvider} says. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuestionsProperties.class)
class QuestionsConfiguration {

    @Bean
    QuestionGenerator questionGenerator(AiProvider provider, ObjectProvider<OpenAiCommonProperties> openAi,
                                        QuestionsProperties properties) {
        if (!provider.online()) {
            return new OfflineQuestionGenerator(new EnglishText());
        }
        return new OpenAiQuestionGenerator(OpenAiQuestionChat.connect(openAi.getObject()), RetryPacing.SYSTEM,
                properties.segmentBudget());
    }
}

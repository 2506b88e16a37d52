package piggyback.batch.companions;

import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;

/** The companion writer, online or offline as {@link AiProvider} says. */
@Configuration(proxyBeanMethods = false)
class CompanionsConfiguration {

    @Bean
    CompanionWriter companionWriter(AiProvider provider, ObjectProvider<OpenAiChatModel> openAi) {
        return provider.online() ? new OpenAiCompanionWriter(openAi.getObject()) : new TemplateCompanionWriter();
    }
}

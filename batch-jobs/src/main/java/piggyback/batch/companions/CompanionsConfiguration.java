package piggyback.batch.companions;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ChatModels;
import piggyback.batch.ai.ChatSettings;
import piggyback.batch.ai.ProviderLimits;

/** The companion writer, on the provider and model {@link AiProvider} gives the companions task. */
@Configuration(proxyBeanMethods = false)
class CompanionsConfiguration {

    /**
     * The clients' usual timeout, and patient retries on the shared limit: the writer has no retry logic of its
     * own, and nobody is waiting.
     */
    static final ChatSettings SETTINGS = new ChatSettings(ChatCompanionWriter.MAX_TOKENS, null, false,
            Duration.ofSeconds(60), ProviderLimits.PATIENT_RETRIES);

    @Bean
    CompanionWriter companionWriter(AiProvider providers, ChatModels chatModels) {
        if (!providers.online(AiTask.COMPANIONS)) {
            return new TemplateCompanionWriter();
        }
        return new ChatCompanionWriter(chatModels.forTask(AiTask.COMPANIONS, SETTINGS),
                providers.name(AiTask.COMPANIONS), providers.model(AiTask.COMPANIONS));
    }
}

package piggyback.batch.speech;

import org.springframework.ai.openai.OpenAiAudioSpeechModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ProviderLimits;

/** The speech ports' implementations, OpenAI's (or an OpenAI-compatible server's) or offline as {@link AiProvider} says. */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    @Bean
    SpeechSynthesizer speechSynthesizer(AiProvider provider, ObjectProvider<OpenAiAudioSpeechModel> openAi,
                                        ProviderLimits limits) {
        return provider.online(AiTask.SPEECH)
                ? new OpenAiSpeechSynthesizer(openAi.getObject(), provider.model(AiTask.SPEECH), limits) : new EspeakSpeechSynthesizer();
    }

    @Bean
    Transcriber transcriber(AiProvider provider, ObjectProvider<OpenAiAudioTranscriptionModel> openAi,
                            ProviderLimits limits) {
        return provider.online(AiTask.TRANSCRIPTION)
                ? new OpenAiTranscriber(openAi.getObject(), provider.model(AiTask.TRANSCRIPTION), limits) : new PocketsphinxTranscriber();
    }
}

package piggyback.batch.speech;

import org.springframework.ai.openai.OpenAiAudioSpeechModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.ai.AiProvider;

/** The speech ports' implementations, online or offline as {@link AiProvider} says. */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    @Bean
    SpeechSynthesizer speechSynthesizer(AiProvider provider, ObjectProvider<OpenAiAudioSpeechModel> openAi) {
        return provider.online() ? new OpenAiSpeechSynthesizer(openAi.getObject()) : new EspeakSpeechSynthesizer();
    }

    @Bean
    Transcriber transcriber(AiProvider provider, ObjectProvider<OpenAiAudioTranscriptionModel> openAi) {
        return provider.online() ? new OpenAiTranscriber(openAi.getObject()) : new PocketsphinxTranscriber();
    }
}

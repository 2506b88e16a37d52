package piggyback.batch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import piggyback.batch.ai.AiProvider;
import piggyback.batch.companions.CompanionLine;
import piggyback.batch.companions.CompanionWriter;
import piggyback.batch.companions.QuestionToReword;
import piggyback.batch.speech.SpeechRequest;
import piggyback.batch.speech.SpeechSynthesizer;
import piggyback.batch.speech.SynthesizedSpeech;

/** Each port's calls are tagged with the provider its task actually runs on, not one provider for all. */
class ProviderCallMetricsTest {

    @Test
    void theProviderTagIsTheTasksProvider() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("piggyback.ai.provider", "offline")
                .withProperty("piggyback.ai.companions.provider", "anthropic")
                .withProperty("piggyback.ai.anthropic.api-key", "a-key");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("meters", meters);
        beans.registerSingleton("providers", new AiProvider(settings));
        ProviderCallMetrics metrics = new ProviderCallMetrics(beans.getBeanProvider(MeterRegistry.class),
                beans.getBeanProvider(AiProvider.class));
        CompanionWriter companions = (CompanionWriter) metrics.postProcessAfterInitialization(new CompanionWriter() {
            @Override
            public String name() {
                return "anthropic:claude-haiku-4-5";
            }

            @Override
            public List<CompanionLine> write(List<QuestionToReword> questions, String bestQuestion) {
                return List.of();
            }
        }, "companionWriter");
        SpeechSynthesizer speech = (SpeechSynthesizer) metrics.postProcessAfterInitialization(new SpeechSynthesizer() {

            @Override
            public SynthesizedSpeech synthesize(SpeechRequest request) {
                return new SynthesizedSpeech(new byte[] {1}, "mp3", "alloy");
            }

            @Override
            public String formatFor(String requested) {
                return "mp3";
            }
        }, "speech");

        companions.write(List.of(), null);
        speech.synthesize(null);

        assertThat(meters.get(ProviderCallMetrics.CALLS).tags("port", "companions", "provider", "anthropic").timer()
                .count()).isEqualTo(1);
        assertThat(meters.get(ProviderCallMetrics.CALLS).tags("port", "speech", "provider", "offline").timer()
                .count()).isEqualTo(1);
    }
}

package piggyback.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.testing.ChatProtocol;
import piggyback.testing.FakeOpenAi.Recorded;
import piggyback.testing.TestInfrastructure;

/**
 * An ingest on a local OpenAI-compatible server as Ollama runs one: its own address and path
 * ({@code OPENAI_BASE_URL=http://127.0.0.1:…/ollama/v1}), no key ({@code OPENAI_API_KEY} unset) and a model per task.
 */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.ai.questions.model=llava:7b",
        "piggyback.ai.companions.model=llama3.2"})
class LocalOpenAiServerIngestTest extends ProviderIngestTest {

    LocalOpenAiServerIngestTest() {
        super(ChatProtocol.OPENAI);
    }

    @DynamicPropertySource
    static void aLocalServerWithoutAKey(DynamicPropertyRegistry registry) {
        registry.add("piggyback.test.openai-base-url",
                () -> TestInfrastructure.shared().openAi().baseUrl() + "/ollama/v1");
        // what application.yml gives Spring AI when OPENAI_API_KEY is not set
        registry.add("piggyback.test.openai-api-key", () -> AiProvider.NO_KEY);
    }

    @Override
    String chatPath() {
        return "/ollama/v1/chat/completions";
    }

    @Override
    String questionsModel() {
        return "llava:7b";
    }

    @Override
    String companionsModel() {
        return "llama3.2";
    }

    @Override
    void checkRequest(Recorded request) {
        assertThat(String.valueOf(request.headers().get("Authorization"))).doesNotContain("test-key");
        assertThat(ChatProtocol.texts(request)).isNotEmpty();
        assertThat(request.bodyText()).containsAnyOf("\"model\":\"llava:7b\"", "\"model\":\"llama3.2\"");
    }
}

package piggyback.batch.ingest;

import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ChatProtocol;

/** An ingest whose questions and companions come from Gemini's fake server. */
@TestPropertySource(properties = "piggyback.ai.provider=gemini")
class GeminiIngestTest extends ProviderIngestTest {

    GeminiIngestTest() {
        super(ChatProtocol.GEMINI);
    }
}

package piggyback.batch.ingest;

import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ChatProtocol;

/** An ingest whose questions and companions come from Anthropic's fake server. */
@TestPropertySource(properties = "piggyback.ai.provider=anthropic")
class AnthropicIngestTest extends ProviderIngestTest {

    AnthropicIngestTest() {
        super(ChatProtocol.ANTHROPIC);
    }
}

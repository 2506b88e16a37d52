package piggyback.batch.questions;

import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ChatProtocol;

/** Question generation on Anthropic's fake server. */
@TestPropertySource(properties = "piggyback.ai.provider=anthropic")
class AnthropicQuestionGenerationTest extends ProviderQuestionGenerationTest {

    AnthropicQuestionGenerationTest() {
        super(ChatProtocol.ANTHROPIC);
    }
}

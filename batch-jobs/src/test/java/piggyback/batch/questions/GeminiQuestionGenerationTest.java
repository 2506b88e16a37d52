package piggyback.batch.questions;

import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ChatProtocol;

/** Question generation on Gemini's fake server. */
@TestPropertySource(properties = "piggyback.ai.provider=gemini")
class GeminiQuestionGenerationTest extends ProviderQuestionGenerationTest {

    GeminiQuestionGenerationTest() {
        super(ChatProtocol.GEMINI);
    }
}

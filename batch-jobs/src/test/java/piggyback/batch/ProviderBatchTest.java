package piggyback.batch;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ChatProtocol;
import piggyback.batch.testing.ModelCalls;

/**
 * A pipeline test whose chat tasks (questions, companions) run on one provider's fake server, named by the
 * subclass's {@code piggyback.ai.provider}; speech and transcription stay offline, as neither Claude nor Gemini
 * offers them. The fake's queue starts empty for each test; a short segment budget keeps the timeout tests quick, yet
 * leaves room for a provider's 3 s rate-limit wait.
 */
@TestPropertySource(properties = {"piggyback.ai.speech.provider=offline", "piggyback.ai.transcription.provider=offline",
        "piggyback.questions.segment-budget=7s"})
@Import(TestJobs.class)
public abstract class ProviderBatchTest extends BatchTest {

    protected final ChatProtocol provider;

    protected ProviderBatchTest(ChatProtocol provider) {
        this.provider = provider;
    }

    @BeforeEach
    void emptyTheFakeServer() {
        ModelCalls.settle();
        provider.server().reset();
    }
}

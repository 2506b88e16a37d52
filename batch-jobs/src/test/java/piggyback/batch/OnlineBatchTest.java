package piggyback.batch;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.testing.ModelCalls;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/**
 * A pipeline test of the OpenAI implementations: the real Spring AI / openai-java client code
 * talks to the fake OpenAI server, whose queue each test starts empty. One context for all of
 * them (same properties, same imports); a short segment budget keeps the timeout tests quick.
 */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.questions.segment-budget=4s"})
@Import(TestJobs.class)
public abstract class OnlineBatchTest extends BatchTest {

    protected final FakeOpenAi openAi = TestInfrastructure.shared().openAi();

    @BeforeEach
    void emptyTheFakeServer() {
        ModelCalls.settle();
        openAi.reset();
    }
}

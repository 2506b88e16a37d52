package piggyback.api.kids.grading.judges;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.env.MockEnvironment;

import piggyback.api.kids.grading.Decision;
import piggyback.batch.ai.AiProvider;
import piggyback.api.ApiTest;
import piggyback.batch.ai.ChatModels;
import piggyback.batch.ai.ProviderLimits;
import piggyback.batch.testing.ChatProtocol;
import piggyback.testing.FakeOpenAi.Recorded;
import piggyback.testing.TestInfrastructure;

/**
 * The judge as the application builds it ({@link AnswerJudgeConfiguration}) for each chat provider, against its fake
 * server: a borderline answer is graded by the model's one word, and a failing provider leaves it to the offline
 * judge.
 */
class ChatJudgeProvidersTest extends ApiTest {

    @Autowired
    ProviderLimits limits;

    private static final String QUESTION = "where does the story take place?";

    private JudgedBorderline judgeOn(ChatProtocol provider) {
        MockEnvironment settings = new MockEnvironment();
        TestInfrastructure.shared().properties().forEach(settings::setProperty);
        settings.setProperty("piggyback.ai.provider", "offline");
        settings.setProperty("piggyback.ai.judge.provider", provider.key());
        AiProvider providers = new AiProvider(settings);
        AnswerJudge judge = new AnswerJudgeConfiguration().answerJudge(providers, new ChatModels(providers, limits),
                settings);
        return new JudgedBorderline(judge, providers);
    }

    @ParameterizedTest
    @EnumSource(ChatProtocol.class)
    void aBorderlineAnswerIsGradedByTheModelsOneWord(ChatProtocol provider) {
        provider.server().reset();
        provider.server().enqueue(provider.path(provider.defaultModel()), provider.text(" Almost\n"));

        Optional<Decision> decision = judgeOn(provider).judge(QUESTION, "in the forest", "in the woods nearby");

        assertThat(decision).contains(new Decision("almost", JudgedBorderline.BY_CHAT_MODEL));
        List<Recorded> sent = provider.requests();
        assertThat(sent).hasSize(1);
        assertThat(provider.maxTokens(sent.get(0))).isEqualTo(50);
        assertThat(String.join("\n", ChatProtocol.texts(sent.get(0))))
                .contains("correct, almost or wrong", "aged 5 to 10", "Question: " + QUESTION,
                        "Expected answer: in the forest", "Child's answer: in the woods nearby");
    }

    @ParameterizedTest
    @EnumSource(ChatProtocol.class)
    void aFailingProviderLeavesTheGradeToTheOfflineJudge(ChatProtocol provider) {
        provider.server().reset();
        provider.server().enqueue(provider.path(provider.defaultModel()), provider.serverError());

        Optional<Decision> decision = judgeOn(provider).judge("what will the puppy do next?", "chase the ball",
                "run after the ball");

        assertThat(decision).contains(new Decision("correct", JudgedBorderline.BY_MEANING));
        assertThat(provider.requests()).as("no retry: a child is waiting").hasSize(1);
    }
}

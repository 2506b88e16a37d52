package piggyback.batch.companions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.batch.OnlineBatchTest;
import piggyback.batch.ai.ProviderFailure;
import piggyback.batch.ai.ProviderLimits;
import piggyback.batch.testing.ChatProtocol;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The companion lines through Spring AI's OpenAI chat model, against the fake server. */
class ChatCompanionWriterTest extends OnlineBatchTest {

    private static final List<QuestionToReword> QUESTIONS = List.of(
            new QuestionToReword("character", "Who is the hero?", "Pip the pig"),
            new QuestionToReword("setting", "Where are they?", "in the park"));

    @Autowired
    CompanionWriter writer;

    @Test
    void theModelGetsThePersonaRulesAndTheQuestionsAndItsWordingIsKeptWithTheOriginalAnswers() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("""
                ```JSON
                {"bunny": {"character": {"q": "Sweetie, who is our hero?", "a": "a pig"},
                           "settings": {"q": "Dear friend, where are they?", "a": "park"}},
                 "rabbit": {"character": {"q": "A second bunny?", "a": "x"}},
                 "pig": {"character": {"q": "Ooh! WHO is the HERO?!"}},
                 "alligator": {"character": {"q": "Who is the hero? Answer."}, "setting": {"q": "  "}},
                 "dragon": {"character": {"q": "Roar?"}}}
                ```"""));

        List<CompanionLine> lines = writer.write(QUESTIONS, "Where are they?");

        assertThat(lines).containsExactlyInAnyOrder(
                new CompanionLine(Companion.BUNNY, "character", "Sweetie, who is our hero?", "Pip the pig", false),
                new CompanionLine(Companion.BUNNY, "setting", "Dear friend, where are they?", "in the park", true),
                new CompanionLine(Companion.PIG, "character", "Ooh! WHO is the HERO?!", "Pip the pig", false),
                new CompanionLine(Companion.ALLIGATOR, "character", "Who is the hero? Answer.", "Pip the pig", false));
        assertThat(writer.name()).isEqualTo("openai:gpt-4o-mini");
        JsonNode request = JsonMapper.builder().build().readTree(openAi.requests(FakeOpenAi.CHAT).get(0).bodyText());
        assertThat(request.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(request.path("max_tokens").asInt()).isEqualTo(2000);
        assertThat(request.path("messages")).hasSize(1);
        String prompt = request.path("messages").path(0).path("content").asString();
        assertThat(prompt).contains("- Type: CHARACTER, Question: Who is the hero?, Answer: Pip the pig",
                "- Type: SETTING, Question: Where are they?, Answer: in the park",
                "at most 12 words", "at most 8 words", "\"Ooh!\" or \"Wow!\"", "?!", "dear friend",
                "Return JSON only");
    }

    @Test
    void aRateLimitIsWaitedOutInsteadOfFailingTheStep() {
        // each refusal pauses the provider for everyone; the call is made again on a new turn after the pause
        Reply refused = ChatProtocol.OPENAI.rateLimited(Duration.ofSeconds(1));
        openAi.enqueue(FakeOpenAi.CHAT, refused, refused, refused,
                Reply.chat("{\"pig\": {\"character\": {\"q\": \"Ooh! WHO is the HERO?!\"}}}"));

        List<CompanionLine> lines = writer.write(QUESTIONS, null);

        assertThat(lines).containsExactly(
                new CompanionLine(Companion.PIG, "character", "Ooh! WHO is the HERO?!", "Pip the pig", false));
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(4);
    }

    @Test
    void aRateLimitThatDoesNotPassFailsTheStepWithoutTheClientRetryingBehindTheLimitsBack() {
        // were the client retrying by itself too, each of the limit's calls would be three requests
        Reply refused = ChatProtocol.OPENAI.rateLimited(Duration.ofMillis(200));
        int calls = ProviderLimits.PATIENT_RETRIES + 1;
        openAi.enqueue(FakeOpenAi.CHAT, FakeOpenAi.repeat(refused, 3 * calls).toArray(Reply[]::new));

        assertThatThrownBy(() -> writer.write(QUESTIONS, null))
                .satisfies(error -> assertThat(ProviderFailure.of(error).rateLimited()).isTrue());
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(calls);
    }

    @Test
    void aReplyThatIsNotAnObjectIsUnusable() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("I cannot help with that."));

        assertThatThrownBy(() -> writer.write(QUESTIONS, null)).isInstanceOf(CompanionWritingException.class)
                .hasMessage("Invalid AI response format");
    }
}

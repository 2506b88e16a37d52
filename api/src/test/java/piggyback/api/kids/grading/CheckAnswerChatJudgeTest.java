package piggyback.api.kids.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;
import piggyback.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The borderline band decided by the chat model (spec §5.5 step 7), against the fake OpenAI server. */
@TestPropertySource(properties = "piggyback.ai.provider=openai")
class CheckAnswerChatJudgeTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();

    @BeforeEach
    void clearTheFake() {
        openAi.reset();
    }

    @Test
    void theModelGetsTheReferencesRequestAndItsOneWordDecides() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat(" Wrong\n"));

        // "pizza" / "pasta" scores 0.571, in the borderline band
        JsonNode reply = session().postJson("/api/check_answer",
                Map.of("expected", "Pizza", "user", "pasta", "question", "What did they eat?")).expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo("wrong");
        assertThat(reply.path("reason").asString()).isEqualTo("AI judged borderline case (RapidFuzz=0.57)");
        List<FakeOpenAi.Recorded> sent = openAi.requests(FakeOpenAi.CHAT);
        assertThat(sent).hasSize(1);
        JsonNode request = JSON.readTree(sent.get(0).bodyText());
        assertThat(request.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(request.path("temperature").asDouble()).isZero();
        assertThat(request.has("max_tokens") ? request.path("max_tokens").asInt()
                : request.path("max_completion_tokens").asInt()).isEqualTo(50);
        JsonNode messages = request.path("messages");
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asString()).contains("correct, almost or wrong");
        assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asString()).isEqualTo(
                "Question: what did they eat?\nExpected answer: pizza\nChild's answer: pasta");
    }

    @Test
    void anUnknownReplyIsAlmostAndClearCasesNeverReachTheModel() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("Correct!"));
        ApiClient client = session();

        JsonNode chatty = client.postJson("/api/check_answer", Map.of("expected", "pizza", "user", "pasta",
                "question", "What was for dinner?")).expect(200).json();
        JsonNode clear = client.postJson("/api/check_answer", Map.of("expected", "dog", "user", "dog"))
                .expect(200).json();

        assertThat(chatty.path("status").asString()).isEqualTo("almost");
        assertThat(chatty.path("reason").asString()).isEqualTo("AI judged borderline case (RapidFuzz=0.57)");
        assertThat(clear.path("reason").asString()).isEqualTo("High RapidFuzz score 1.00");
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(1);
    }

    @Test
    void aSlowModelTimesOutAfterThreeSecondsAndTheGradeDefaults() {
        // a first call loads the HTTP client's classes, which on a busy machine can take a second or more
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("wrong"), Reply.chat("correct").after(Duration.ofSeconds(5)));
        ApiClient client = session();
        client.postJson("/api/check_answer", Map.of("expected", "pizza", "user", "pasta",
                "question", "What was for lunch?")).expect(200);

        long started = System.nanoTime();
        JsonNode reply = client.postJson("/api/check_answer", Map.of("expected", "pizza", "user", "pasta",
                "question", "What did the bear bake?")).expect(200).json();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(openAi.requests(FakeOpenAi.CHAT)).as("no retry").hasSize(2);
        assertThat(reply.path("status").asString()).isEqualTo("almost");
        assertThat(reply.path("reason").asString()).isEqualTo("Borderline case defaulted (RapidFuzz=0.57)");
        assertThat(took).isBetween(Duration.ofMillis(2900), Duration.ofMillis(4900));
    }

    @Test
    void aFailingModelDefaultsTheGrade() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.error(401, "invalid_api_key", "bad key"));

        JsonNode reply = session().postJson("/api/check_answer", Map.of("expected", "pizza", "user", "pasta",
                "question", "What did the fox order?")).expect(200).json();

        assertThat(reply.path("reason").asString()).isEqualTo("Borderline case defaulted (RapidFuzz=0.57)");
    }

    @Test
    void aVerdictIsRememberedSoTheSameAnswerToTheSameQuestionCostsOneCall() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("almost"), Reply.chat("wrong"));
        ApiClient client = session();
        Map<String, String> answer = Map.of("expected", "pizza", "user", "pasta", "question", "What did Pip share?");

        JsonNode first = client.postJson("/api/check_answer", answer).expect(200).json();
        JsonNode again = session().postJson("/api/check_answer", answer).expect(200).json();
        JsonNode otherQuestion = client.postJson("/api/check_answer", Map.of("expected", "pizza", "user", "pasta",
                "question", "What did Bella share?")).expect(200).json();

        assertThat(first.path("status").asString()).isEqualTo("almost");
        assertThat(again.path("status").asString()).isEqualTo("almost");
        assertThat(otherQuestion.path("status").asString()).isEqualTo("wrong");
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(2);
    }

    private ApiClient session() {
        String password = "pw-" + unique();
        return expert(newExpert(password), password);
    }
}

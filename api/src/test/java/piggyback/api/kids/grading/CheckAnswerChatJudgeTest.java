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

/**
 * Every answer the grader's rules are not sure of is decided by the chat model (spec §5.5 step 7, widened), and the
 * offline judge takes over when the model fails or is too slow; against the fake OpenAI server.
 */
@TestPropertySource(properties = "piggyback.ai.provider=openai")
class CheckAnswerChatJudgeTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();

    private static boolean warm;

    /**
     * A first call loads the HTTP client's classes and the offline judge's model, which on a busy machine can take
     * longer than the judge's deadline: one failing call warms both up before the first test.
     */
    @BeforeEach
    void warmUpAndClearTheFake() {
        openAi.reset();
        if (!warm) {
            openAi.enqueue(FakeOpenAi.CHAT, Reply.error(500, "server_error", "warming up"));
            session().postJson("/api/check_answer", Map.of("expected", "in the forest", "user", "in the city",
                    "question", "where did they warm up")).expect(200);
            warm = true;
            openAi.reset();
        }
    }

    @Test
    void theModelGetsTheRequestWithARubricAndItsOneWordDecides() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat(" Wrong\n"));

        // "in the city" scores 0.40, below the reference's borderline band, yet no rule is sure of it
        JsonNode reply = session().postJson("/api/check_answer", Map.of("expected", "In the forest",
                "user", "in the city", "question", "Where does the story take place?")).expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo("wrong");
        assertThat(reply.path("reason").asString()).isEqualTo("AI judged uncertain answer");
        List<FakeOpenAi.Recorded> sent = openAi.requests(FakeOpenAi.CHAT);
        assertThat(sent).hasSize(1);
        JsonNode request = JSON.readTree(sent.get(0).bodyText());
        assertThat(request.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(request.path("temperature").asDouble()).isZero();
        assertThat(request.has("max_tokens") ? request.path("max_tokens").asInt()
                : request.path("max_completion_tokens").asInt()).isEqualTo(50);
        JsonNode messages = request.path("messages");
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asString()).contains("correct, almost or wrong", "aged 5 to 10");
        assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asString()).isEqualTo("Question: where does the story take place?"
                + "\nExpected answer: in the forest\nChild's answer: in the city");
    }

    @Test
    void anUnknownReplyIsAlmostAndConfidentAnswersNeverReachTheModel() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("Correct!"));
        ApiClient client = session();

        JsonNode chatty = client.postJson("/api/check_answer", Map.of("expected", "in the forest",
                "user", "in the city", "question", "Where did they camp?")).expect(200).json();
        JsonNode same = client.postJson("/api/check_answer", Map.of("expected", "dog", "user", "dog"))
                .expect(200).json();
        JsonNode contradiction = client.postJson("/api/check_answer", Map.of("expected", "the bear won",
                "user", "the bear lost", "question", "who won the game")).expect(200).json();
        JsonNode number = client.postJson("/api/check_answer", Map.of("expected", "four",
                "user", "for", "question", "how many birds were on the fence")).expect(200).json();

        assertThat(chatty.path("status").asString()).isEqualTo("almost");
        assertThat(chatty.path("reason").asString()).isEqualTo("AI judged uncertain answer");
        assertThat(same.path("reason").asString()).isEqualTo("Key words said");
        assertThat(contradiction.path("reason").asString()).isEqualTo("Opposite answer (lost / won)");
        assertThat(number.path("status").asString()).isEqualTo("correct");
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(1);
    }

    @Test
    void aSlowModelTimesOutAfterThreeSecondsAndTheOfflineJudgeDecides() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("correct").after(Duration.ofSeconds(5)));
        ApiClient client = session();

        long started = System.nanoTime();
        JsonNode reply = client.postJson("/api/check_answer", Map.of("expected", "in the forest", "user",
                "in the city", "question", "Where did the bear bake?")).expect(200).json();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(openAi.requests(FakeOpenAi.CHAT)).as("no retry").hasSize(1);
        assertThat(reply.path("status").asString()).isEqualTo("wrong");
        assertThat(reply.path("reason").asString()).isEqualTo("Judged uncertain answer by meaning");
        assertThat(took).isBetween(Duration.ofMillis(2900), Duration.ofMillis(4900));
    }

    @Test
    void aFailingModelLeavesTheGradeToTheOfflineJudge() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.error(401, "invalid_api_key", "bad key"));

        JsonNode reply = session().postJson("/api/check_answer", Map.of("expected", "chase the ball", "user",
                "run after the ball", "question", "What will the puppy do next?")).expect(200).json();

        assertThat(reply.path("status").asString()).isEqualTo("correct");
        assertThat(reply.path("reason").asString()).isEqualTo("Judged uncertain answer by meaning");
    }

    @Test
    void aVerdictIsRememberedSoTheSameAnswerToTheSameQuestionCostsOneCall() {
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("almost"), Reply.chat("wrong"));
        ApiClient client = session();
        Map<String, String> answer = Map.of("expected", "in the forest", "user", "in the city",
                "question", "Where did Pip go?");

        JsonNode first = client.postJson("/api/check_answer", answer).expect(200).json();
        JsonNode again = session().postJson("/api/check_answer", answer).expect(200).json();
        JsonNode otherQuestion = client.postJson("/api/check_answer", Map.of("expected", "in the forest",
                "user", "in the city", "question", "Where did Bella go?")).expect(200).json();

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

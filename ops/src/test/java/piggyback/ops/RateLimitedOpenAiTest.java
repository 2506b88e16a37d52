package piggyback.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The benchmark's fake OpenAI server: the account's limit per minute, 429 with Retry-After above it, its counts. */
class RateLimitedOpenAiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersUpToTheLimitAMinuteAndThenSaysWhenToComeBack() throws Exception {
        try (RateLimitedOpenAi openAi = RateLimitedOpenAi.start(2, Duration.ZERO)) {
            HttpResponse<String> questions = chat(openAi, "Write questions about the video");
            HttpResponse<String> companions = chat(openAi, "Rephrase these reading-comprehension questions");
            HttpResponse<String> third = chat(openAi, "Write questions about the video");

            assertThat(questions.statusCode()).isEqualTo(200);
            assertThat(questions.body()).contains("best_question");
            assertThat(companions.statusCode()).isEqualTo(200);
            assertThat(companions.body()).contains("alligator");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.body()).contains("rate_limit_exceeded");
            // the first answer leaves the window a minute after it was given
            assertThat(Long.parseLong(third.headers().firstValue("retry-after").orElseThrow())).isBetween(59L, 60L);

            RateLimitedOpenAi.Stats stats = openAi.stats();
            assertThat(stats.calls()).isEqualTo(2);
            assertThat(stats.questions()).isEqualTo(1);
            assertThat(stats.companions()).isEqualTo(1);
            assertThat(stats.rateLimited()).isEqualTo(1);
            String served = http.send(HttpRequest.newBuilder(URI.create(openAi.statsUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(served).contains("\"calls\":2", "\"rate_limited\":1", "\"limit_per_minute\":2");
        }
    }

    private HttpResponse<String> chat(RateLimitedOpenAi openAi, String prompt) throws Exception {
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
        return http.send(HttpRequest.newBuilder(URI.create(openAi.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

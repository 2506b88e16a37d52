package piggyback.testing;

import java.time.Duration;

import piggyback.testing.FakeOpenAi.Reply;

/** What Gemini's generateContent answers, for a {@link FakeOpenAi} server standing in for it. */
public final class GeminiReplies {

    private GeminiReplies() {
    }

    /** The path the Gemini client posts a model's request to. */
    public static String generateContent(String model) {
        return "/v1beta/models/" + model + ":generateContent";
    }

    /** One candidate whose one part says {@code text}. */
    public static Reply text(String text) {
        return Reply.json("""
                {"candidates":[{"content":{"role":"model","parts":[{"text":%s}]},"finishReason":"STOP","index":0}],
                 "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":10,"totalTokenCount":20},
                 "modelVersion":"gemini-2.5-flash"}""".formatted(Reply.quote(text)));
    }

    /** Gemini's safety filter stopping the reply: finish reason {@code SAFETY}, no content. */
    public static Reply blockedForSafety() {
        return Reply.json("""
                {"candidates":[{"finishReason":"SAFETY","index":0,
                  "safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]}],
                 "usageMetadata":{"promptTokenCount":10,"totalTokenCount":10},"modelVersion":"gemini-2.5-flash"}""");
    }

    /** Quota exhausted, with the wait Gemini asks for in its message and its RetryInfo. */
    public static Reply rateLimited(Duration wait) {
        String seconds = wait.toSeconds() + "s";
        return Reply.json(429, """
                {"error":{"code":429,"message":"You exceeded your current quota. Please retry in %s.",
                 "status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo",
                 "retryDelay":"%s"}]}}""".formatted(seconds, seconds));
    }

    public static Reply error(int status, String state, String message) {
        return Reply.json(status, "{\"error\":{\"code\":" + status + ",\"message\":" + Reply.quote(message)
                + ",\"status\":" + Reply.quote(state) + "}}");
    }
}

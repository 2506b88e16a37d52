package piggyback.testing;

import java.time.Duration;

import piggyback.testing.FakeOpenAi.Reply;

/** What Anthropic's Messages API answers, for a {@link FakeOpenAi} server standing in for it. */
public final class AnthropicReplies {

    public static final String MESSAGES = "/v1/messages";

    private AnthropicReplies() {
    }

    /** A message whose one text block says {@code text}. */
    public static Reply message(String text) {
        return message("[{\"type\":\"text\",\"text\":" + Reply.quote(text) + "}]", "end_turn");
    }

    /**
     * Claude declining: the {@code refusal} stop reason after a few words (with no words at all, Spring AI 2.0.1
     * returns no generation, and so no stop reason: the reply is then empty rather than a refusal).
     */
    public static Reply refusal() {
        return message("[{\"type\":\"text\",\"text\":\"I can't help with that.\"}]", "refusal");
    }

    /** Too many requests, to be tried again after {@code wait} ({@code retry-after}, whole seconds). */
    public static Reply rateLimited(Duration wait) {
        return error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit")
                .withHeader("retry-after", Long.toString(wait.toSeconds()));
    }

    public static Reply error(int status, String type, String message) {
        return Reply.json(status, "{\"type\":\"error\",\"error\":{\"type\":" + Reply.quote(type) + ",\"message\":"
                + Reply.quote(message) + "}}");
    }

    private static Reply message(String content, String stopReason) {
        return Reply.json("""
                {"id":"msg_fake","type":"message","role":"assistant","model":"claude-haiku-4-5",
                 "content":%s,"stop_reason":"%s","stop_sequence":null,
                 "usage":{"input_tokens":10,"output_tokens":10}}""".formatted(content, stopReason));
    }
}

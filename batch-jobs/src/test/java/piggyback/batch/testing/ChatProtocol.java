package piggyback.batch.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import piggyback.testing.AnthropicReplies;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Recorded;
import piggyback.testing.FakeOpenAi.Reply;
import piggyback.testing.GeminiReplies;
import piggyback.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat provider's protocol as the fake servers speak it: where a chat request goes, the replies a test queues
 * (an answer, a refusal, a rate limit with its wait, a server error), and what a recorded request carried. Lets one
 * test run against Claude, Gemini and OpenAI alike.
 */
public enum ChatProtocol {

    OPENAI("openai", "gpt-4o-mini") {
        @Override
        public FakeOpenAi server() {
            return TestInfrastructure.shared().openAi();
        }

        @Override
        public String path(String model) {
            return FakeOpenAi.CHAT;
        }

        @Override
        public Reply text(String text) {
            return Reply.chat(text);
        }

        @Override
        public Reply refusal() {
            return Reply.chat("", "content_filter");
        }

        @Override
        public Reply rateLimited(Duration wait) {
            return Reply.error(429, "rate_limit_exceeded", "Rate limit reached")
                    .withHeader("retry-after", Long.toString(wait.toSeconds()));
        }

        @Override
        public Reply serverError() {
            return Reply.error(500, "server_error", "The server had an error");
        }

        @Override
        public int maxTokens(Recorded request) {
            return body(request).path("max_tokens").asInt();
        }
    },

    ANTHROPIC("anthropic", "claude-haiku-4-5") {
        @Override
        public FakeOpenAi server() {
            return TestInfrastructure.shared().anthropic();
        }

        @Override
        public String path(String model) {
            return AnthropicReplies.MESSAGES;
        }

        @Override
        public Reply text(String text) {
            return AnthropicReplies.message(text);
        }

        @Override
        public Reply refusal() {
            return AnthropicReplies.refusal();
        }

        @Override
        public Reply rateLimited(Duration wait) {
            return AnthropicReplies.rateLimited(wait);
        }

        @Override
        public Reply serverError() {
            return AnthropicReplies.error(500, "api_error", "Internal server error");
        }

        @Override
        public int maxTokens(Recorded request) {
            return body(request).path("max_tokens").asInt();
        }
    },

    GEMINI("gemini", "gemini-2.5-flash") {
        @Override
        public FakeOpenAi server() {
            return TestInfrastructure.shared().gemini();
        }

        @Override
        public String path(String model) {
            return GeminiReplies.generateContent(model);
        }

        @Override
        public Reply text(String text) {
            return GeminiReplies.text(text);
        }

        @Override
        public Reply refusal() {
            return GeminiReplies.blockedForSafety();
        }

        @Override
        public Reply rateLimited(Duration wait) {
            return GeminiReplies.rateLimited(wait);
        }

        @Override
        public Reply serverError() {
            return GeminiReplies.error(500, "INTERNAL", "An internal error has occurred");
        }

        @Override
        public int maxTokens(Recorded request) {
            return body(request).path("generationConfig").path("maxOutputTokens").asInt();
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String key;
    private final String defaultModel;

    ChatProtocol(String key, String defaultModel) {
        this.key = key;
        this.defaultModel = defaultModel;
    }

    /** The provider's name in {@code piggyback.ai.*.provider}. */
    public String key() {
        return key;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** The fake server standing in for the provider. */
    public abstract FakeOpenAi server();

    /** Where the client posts a chat request for this model. */
    public abstract String path(String model);

    public abstract Reply text(String text);

    /** The provider declining to answer: its content filter or safety stop. */
    public abstract Reply refusal();

    /** HTTP 429 asking for this wait before the next try. */
    public abstract Reply rateLimited(Duration wait);

    public abstract Reply serverError();

    public abstract int maxTokens(Recorded request);

    /** The chat requests the fake received for the default model, oldest first. */
    public List<Recorded> requests() {
        return server().requests(path(defaultModel));
    }

    /** Every text the request carried (system and user), in order. */
    public static List<String> texts(Recorded request) {
        List<String> texts = new ArrayList<>();
        walk(body(request), node -> {
            JsonNode text = node.get("text");
            if (text != null && text.isString()) {
                texts.add(text.asString());
            }
            JsonNode content = node.get("content");
            if (content != null && content.isString()) {
                texts.add(content.asString());
            }
            JsonNode system = node.get("system");
            if (system != null && system.isString()) {
                texts.add(system.asString());
            }
        });
        return texts;
    }

    /** How many images the request carried, as any of the three protocols puts them. */
    public static int images(Recorded request) {
        int[] count = {0};
        walk(body(request), node -> {
            String type = node.path("type").asString("");
            if (type.equals("image") || type.equals("image_url") || node.has("inlineData")
                    || node.has("inline_data")) {
                count[0]++;
            }
        });
        return count[0];
    }

    static JsonNode body(Recorded request) {
        return JSON.readTree(request.bodyText());
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), visit);
            }
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, visit));
        }
    }
}

package piggyback.batch.companions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

import tools.jackson.databind.JsonNode;

/**
 * The companions' wording from a chat model of any provider through Spring AI: one user message with
 * the persona rules and the questions, at most 2000 tokens; the reply is read
 * leniently. The answers are always the originals, whatever the model wrote for them. A rate limit is waited out
 * by the model's shared limit ({@link CompanionsConfiguration#SETTINGS}).
 */
final class ChatCompanionWriter implements CompanionWriter {

    static final int MAX_TOKENS = 2000;

    private static final String RULES = """
            Rephrase these reading-comprehension questions for young children in the voices of three \
            companions. Keep each question's meaning and its answer exactly; change only the wording of the \
            question.

            Companions:
            - bunny: warm, gentle and nurturing; may call the child "dear friend" or "sweetie"; soft openers \
            such as "Can you remember...?" or "Do you know...?"; at most 12 words; cozy and caring.
            - alligator: blunt and direct, no filler or greetings; at most 8 words; imperative; one idea per \
            sentence (for example: "Who is the hero? Answer.").
            - pig: wildly enthusiastic; starts with "Ooh!" or "Wow!"; puts 1-2 key words in CAPS; repeats \
            phrases for excitement ("tell me tell me!"); always ends with "?!".

            Questions:
            %s

            Return JSON only, with lower-case type keys, in this shape:
            {"bunny": {"<type>": {"q": "...", "a": "..."}}, "alligator": {"<type>": {"q": "...", "a": "..."}}, \
            "pig": {"<type>": {"q": "...", "a": "..."}}}""";

    private final ChatModel model;
    private final String name;

    /** @param model a chat model configured with the task's model and at most {@link #MAX_TOKENS} tokens */
    ChatCompanionWriter(ChatModel model, String provider, String modelName) {
        this.model = model;
        this.name = provider + ":" + modelName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<CompanionLine> write(List<QuestionToReword> questions, String bestQuestion) {
        List<String> lines = questions.stream()
                .map(q -> "- Type: " + q.category().toUpperCase(Locale.ROOT) + ", Question: " + q.question()
                        + ", Answer: " + q.answer())
                .toList();
        ChatResponse response = model.call(new Prompt(new UserMessage(RULES.formatted(String.join("\n", lines)))));
        String reply = response.getResult() == null ? null : response.getResult().getOutput().getText();
        JsonNode variants = LenientJson.read(reply);
        if (variants == null || !variants.isObject()) {
            throw new CompanionWritingException("Invalid AI response format", null);
        }
        List<CompanionLine> written = new ArrayList<>();
        Set<Companion> worded = EnumSet.noneOf(Companion.class);
        for (Map.Entry<String, JsonNode> persona : variants.properties()) {
            Companion.fromKey(persona.getKey()).filter(worded::add).ifPresent(companion -> {
                for (QuestionToReword original : questions) {
                    String wording = wording(persona.getValue(), original.category());
                    if (wording != null) {
                        written.add(new CompanionLine(companion, original.category(), wording, original.answer(),
                                original.question().equals(bestQuestion)));
                    }
                }
            });
        }
        return written;
    }

    /** The companion's question for a category; {@code settings} is read as {@code setting}. */
    private static String wording(JsonNode persona, String category) {
        if (persona == null || !persona.isObject()) {
            return null;
        }
        JsonNode entry = persona.get(category);
        if (entry == null && category.equals("setting")) {
            entry = persona.get("settings");
        }
        JsonNode question = entry == null ? null : entry.get("q");
        if (question == null || !question.isString() || question.asString().isBlank()) {
            return null;
        }
        return question.asString().strip();
    }
}

package piggyback.batch.testing;

import java.time.Duration;

import piggyback.testing.FakeOpenAi;

/**
 * The fake OpenAI server answering a whole ingest as the real one would: questions (after a
 * delay, so a test can act while segments are being generated), companion wordings, speech and
 * transcripts. The tests and ops/bench-playlist's rate-limited server use it.
 */
public final class OpenAiLike {

    private static final String[] CATEGORIES = {"character", "setting", "feeling", "action", "causal", "outcome",
            "prediction"};

    private OpenAiLike() {
    }

    public static void answer(FakeOpenAi openAi, Duration questionDelay) {
        openAi.always(FakeOpenAi.TRANSCRIPTIONS, FakeOpenAi.Reply.transcription("the little pig jumps over the fence"));
        openAi.always(FakeOpenAi.SPEECH, FakeOpenAi.Reply.bytes("audio/mpeg", new byte[] {(byte) 0xFF, (byte) 0xFB, 0, 0}));
        openAi.respond(FakeOpenAi.CHAT, request -> chat(request, questionDelay));
    }

    /** The reply to one chat request: the companions' wordings, or (after the delay) a segment's questions. */
    public static FakeOpenAi.Reply chat(FakeOpenAi.Recorded request, Duration questionDelay) {
        return isCompanionRequest(request)
                ? FakeOpenAi.Reply.chat(companions())
                : FakeOpenAi.Reply.chat(questions()).after(questionDelay);
    }

    public static boolean isCompanionRequest(FakeOpenAi.Recorded request) {
        return request.bodyText().contains("Rephrase these");
    }

    /** How many times the questions of the segment starting at {@code start} were asked for. */
    public static long questionRequestsFor(FakeOpenAi openAi, int start) {
        return openAi.requests(FakeOpenAi.CHAT).stream()
                .filter(request -> !isCompanionRequest(request))
                .filter(request -> request.bodyText().contains("from " + start + "s to " + start + "s"))
                .count();
    }

    /** A reply of seven questions, all answered "the pig", the character question best. */
    public static String questions() {
        StringBuilder json = new StringBuilder("{\"questions\": {");
        for (int i = 0; i < CATEGORIES.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(CATEGORIES[i]).append("\": {\"q\": \"What about the ")
                    .append(CATEGORIES[i]).append("?\", \"a\": \"the pig\", \"rank\": ").append(i + 1).append('}');
        }
        return json.append("}, \"best_question\": \"What about the character?\"}").toString();
    }

    /** A reply wording every category for the three companions. */
    public static String companions() {
        StringBuilder json = new StringBuilder("{");
        String[] companions = {"bunny", "pig", "alligator"};
        for (int c = 0; c < companions.length; c++) {
            json.append(c == 0 ? "" : ",").append('"').append(companions[c]).append("\": {");
            for (int i = 0; i < CATEGORIES.length; i++) {
                json.append(i == 0 ? "" : ",").append('"').append(CATEGORIES[i])
                        .append("\": {\"q\": \"Tell me the ").append(CATEGORIES[i]).append("?\", \"a\": \"the pig\"}");
            }
            json.append('}');
        }
        return json.append('}').toString();
    }
}

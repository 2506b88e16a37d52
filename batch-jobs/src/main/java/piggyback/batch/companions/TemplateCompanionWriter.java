package piggyback.batch.companions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The companions' wording without a model (docs/architecture.md#ai-and-media-providers), following each persona's rules
 * every time:
 * <ul>
 * <li>bunny: a gentle opener ("Sweetie," / "Dear friend,"), twelve words at most;</li>
 * <li>alligator: blunt, no greeting or filler, eight words at most, ending on the order "Answer.";</li>
 * <li>pig: starts "Ooh!" or "Wow!", repeats "tell me, tell me!", one or two words in CAPS, ends "?!".</li>
 * </ul>
 * Deterministic: the same question always gets the same lines.
 */
final class TemplateCompanionWriter implements CompanionWriter {

    static final String NAME = "offline-templates";
    static final int BUNNY_WORDS = 12;
    static final int ALLIGATOR_WORDS = 8;
    static final String ALLIGATOR_ORDER = "Answer.";
    private static final List<String> BUNNY_OPENERS = List.of("Sweetie,", "Dear friend,");
    private static final List<String> PIG_OPENERS = List.of("Ooh!", "Wow!");
    private static final String PIG_REPEAT = "Tell me, tell me!";
    private static final int PIG_CAPS = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CompanionLine> write(List<QuestionToReword> questions, String bestQuestion) {
        List<CompanionLine> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionToReword original = questions.get(i);
            List<String> core = QuestionWording.core(original.question());
            if (core.isEmpty()) {
                continue;
            }
            boolean best = original.question().equals(bestQuestion);
            lines.add(new CompanionLine(Companion.BUNNY, original.category(), bunny(core, i), original.answer(), best));
            lines.add(new CompanionLine(Companion.PIG, original.category(), pig(core, i), original.answer(), best));
            lines.add(new CompanionLine(Companion.ALLIGATOR, original.category(), alligator(core), original.answer(),
                    best));
        }
        return lines;
    }

    static String bunny(List<String> core, int turn) {
        String opener = BUNNY_OPENERS.get(turn % BUNNY_OPENERS.size());
        List<String> words = QuestionWording.shorten(QuestionWording.lowerFirst(core),
                BUNNY_WORDS - QuestionWording.count(opener));
        return opener + " " + String.join(" ", words) + "?";
    }

    static String alligator(List<String> core) {
        List<String> words = QuestionWording.shorten(QuestionWording.withoutLeadingFiller(core),
                ALLIGATOR_WORDS - QuestionWording.count(ALLIGATOR_ORDER));
        return String.join(" ", QuestionWording.capitalFirst(words)) + "? " + ALLIGATOR_ORDER;
    }

    /** Stresses the question word and the last long word, up to two shouted words in all. */
    static String pig(List<String> core, int turn) {
        List<String> words = QuestionWording.capitalFirst(core);
        int shouted = (int) words.stream().filter(QuestionWording::shouted).count();
        if (shouted < PIG_CAPS && QuestionWording.QUESTION_WORDS.contains(QuestionWording.bare(words.get(0)))) {
            words.set(0, words.get(0).toUpperCase(Locale.ROOT));
            shouted++;
        }
        // a long word from the end, else (in a question of short words) any word that can be shouted
        for (int shortest : new int[] {4, 2}) {
            for (int i = words.size() - 1; i >= 0 && (shouted == 0 || shortest == 4 && shouted < PIG_CAPS); i--) {
                String word = words.get(i);
                if (QuestionWording.bare(word).length() >= shortest && !QuestionWording.shouted(word)) {
                    words.set(i, word.toUpperCase(Locale.ROOT));
                    shouted++;
                }
            }
        }
        return PIG_OPENERS.get(turn % PIG_OPENERS.size()) + " " + PIG_REPEAT + " " + String.join(" ", words) + "?!";
    }
}

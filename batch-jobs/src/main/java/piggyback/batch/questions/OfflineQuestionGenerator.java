package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Questions from what is said in the segment, with no network and no key (docs/architecture.md#ai-and-
 * media-providers): the transcript is split into sentences and clauses, and each category gets a
 * question where a sentence supports it ("Pip walked through the forest" → "Where did Pip walk?"). It
 * does not look at the frames. The generator name in the row tells reviewers these need a closer look; a
 * segment where nothing is said gets no questions (reason {@code no_transcript}), so an expert writes
 * its question instead of a child getting an empty one.
 */
final class OfflineQuestionGenerator implements QuestionGenerator {

    static final String NAME = "offline-opennlp";
    /** Best first: what a child saw happen, then who, why, how they felt, where, the end, what next. */
    static final List<QuestionCategory> PREFERENCE = List.of(QuestionCategory.ACTION, QuestionCategory.CHARACTER,
            QuestionCategory.CAUSAL, QuestionCategory.FEELING, QuestionCategory.SETTING, QuestionCategory.OUTCOME,
            QuestionCategory.PREDICTION);
    static final String PREDICTION_QUESTION = "What do you think will happen next?";

    private static final int LONGEST_SENTENCE = 30;
    private static final int LONGEST_GAP_BEFORE_PLACE = 4;
    private static final Set<String> EMOTIONS = Set.of("happy", "sad", "scared", "afraid", "angry", "excited",
            "surprised", "worried", "proud", "glad", "upset", "nervous", "lonely", "frightened", "tired", "bored",
            "curious", "calm", "jealous", "grumpy", "cheerful", "joyful", "shy", "brave", "sorry", "mad",
            "thankful", "grateful", "hopeful", "delighted", "disappointed", "embarrassed", "confused", "sleepy",
            "frustrated", "amazed", "relieved", "silly", "cross", "unhappy", "terrified", "thrilled", "anxious");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "on", "to", "into", "under", "near",
            "inside", "outside", "through", "behind", "across", "over", "around", "onto", "beside", "by", "along",
            "toward", "towards", "above", "below", "between", "up", "down", "from");
    /** Heads of phrases that say when, not where ("in the end", "on Saturday morning"). */
    private static final Set<String> TIME_WORDS = Set.of("end", "beginning", "start", "morning", "night", "day",
            "evening", "afternoon", "time", "moment", "minute", "hour", "week", "year", "weekend", "summer",
            "winter", "spring", "autumn", "fall", "today", "tonight", "while", "way", "middle", "noon", "midnight");
    private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON");

    private final EnglishText english;

    OfflineQuestionGenerator(EnglishText english) {
        this.english = english;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean needsImages() {
        return false;
    }

    @Override
    public SegmentResult generate(SegmentInput input) {
        if (input.transcript().isEmpty()) {
            return new SegmentFailure("no_transcript", false,
                    "nothing is said in this segment, so there is nothing to ask about offline", null, 1);
        }
        List<List<Word>> sentences = english.sentences(input.transcript().text());
        List<List<Word>> statements = sentences.stream().filter(s -> !isQuestion(s)).toList();
        Map<QuestionCategory, RankedQuestion> found = new EnumMap<>(QuestionCategory.class);
        Set<List<Word>> used = new HashSet<>();
        pick(statements, used, this::action).ifPresent(q -> found.put(QuestionCategory.ACTION, q));
        pick(statements, used, this::character).ifPresent(q -> found.put(QuestionCategory.CHARACTER, q));
        pick(statements, used, this::causal).ifPresent(q -> found.put(QuestionCategory.CAUSAL, q));
        pick(statements, used, this::feeling).ifPresent(q -> found.put(QuestionCategory.FEELING, q));
        pick(statements, used, this::setting).ifPresent(q -> found.put(QuestionCategory.SETTING, q));
        outcome(statements).ifPresent(q -> found.put(QuestionCategory.OUTCOME, q));
        found.put(QuestionCategory.PREDICTION, prediction(sentences, input.followingText()));
        return ranked(found);
    }

    /**
     * The first sentence that gives the category a question, preferring sentences no other
     * category has used yet, so the questions cover more of the segment.
     */
    private Optional<RankedQuestion> pick(List<List<Word>> sentences, Set<List<Word>> used,
                                          BiFunction<List<Word>, Boolean, Optional<RankedQuestion>> ask) {
        for (boolean fresh : new boolean[] {true, false}) {
            for (boolean strict : new boolean[] {true, false}) {
                for (List<Word> sentence : sentences) {
                    if (sentence.size() > LONGEST_SENTENCE || fresh && used.contains(sentence)) {
                        continue;
                    }
                    Optional<RankedQuestion> question = ask.apply(sentence, strict);
                    if (question.isPresent()) {
                        used.add(sentence);
                        return question;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Pip packed a basket." → "What did Pip do?" / "packed a basket". Strict: not about "he" or "they". */
    private Optional<RankedQuestion> action(List<Word> sentence, boolean strict) {
        for (Clause clause : clauses(sentence)) {
            if (clause.verb().is("VERB") && (!strict || !clause.subjectIsPronoun())) {
                return Optional.of(question("What " + clause.doSupport(english) + " " + clause.subjectText() + " do?",
                        clause.predicateText()));
            }
        }
        return Optional.empty();
    }

    /** "Pip the pig woke up early." → "Who woke up early?" / "Pip the pig", for a named or living subject. */
    private Optional<RankedQuestion> character(List<Word> sentence, boolean strict) {
        for (Clause clause : clauses(sentence)) {
            if (someone(clause.subject())) {
                return Optional.of(question("Who " + clause.predicateText() + "?", clause.subjectText()));
            }
        }
        return Optional.empty();
    }

    /** "Pip was happy because it was picnic day." → "Why was Pip happy?" / "because it was picnic day". */
    private Optional<RankedQuestion> causal(List<Word> sentence, boolean strict) {
        return Clauses.causeAndEffect(sentence)
                .filter(found -> !strict || !found.effect().subjectIsPronoun())
                .map(found -> question(
                        "Why " + found.effect().inverted(found.effect().predicate().size(), english) + "?",
                        "because " + Clause.parse(found.cause())
                                .map(cause -> cause.subjectText() + " " + cause.predicateText())
                                .orElseGet(() -> Word.join(withoutFinalPunctuation(found.cause())))));
    }

    /** "Bella was sad." → "How did Bella feel?" / "sad". */
    private Optional<RankedQuestion> feeling(List<Word> sentence, boolean strict) {
        for (Clause clause : clauses(sentence)) {
            List<String> feelings = clause.predicate().stream()
                    .filter(word -> word.is("ADJ", "VERB") && EMOTIONS.contains(word.lemma().toLowerCase()))
                    .map(Word::lower).toList();
            if (!feelings.isEmpty() && (!strict || !clause.subjectIsPronoun())) {
                return Optional.of(question("How " + clause.doSupport(english) + " " + clause.subjectText() + " feel?",
                        String.join(" and ", feelings)));
            }
        }
        return Optional.empty();
    }

    /** "Pip walked through the forest." → "Where did Pip walk?" / "through the forest". */
    private Optional<RankedQuestion> setting(List<Word> sentence, boolean strict) {
        for (Clause clause : clauses(sentence)) {
            List<Word> predicate = clause.predicate();
            for (int at = 1; at <= Math.min(LONGEST_GAP_BEFORE_PLACE + 1, predicate.size() - 2); at++) {
                Word preposition = predicate.get(at);
                if (!preposition.is("ADP") || !preposition.in(PLACE_WORDS) || gapHasPunctuation(predicate, at)) {
                    continue;
                }
                List<Word> place = placeAfter(predicate, at);
                if (!place.isEmpty()) {
                    return Optional.of(question("Where " + clause.inverted(at, english) + "?", Word.join(place)));
                }
            }
        }
        return Optional.empty();
    }

    /** The last thing the segment says happened. */
    private Optional<RankedQuestion> outcome(List<List<Word>> statements) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            List<Word> sentence = statements.get(i);
            if (!clauses(sentence).isEmpty()) {
                return Optional.of(question("What happened at the end?", Word.join(withoutFinalPunctuation(sentence))));
            }
        }
        return Optional.empty();
    }

    /**
     * What comes next: the narrator's own "What do you think … will …?" when there is one, else
     * the plain question; the answer is what the video says next, when it says something.
     */
    private RankedQuestion prediction(List<List<Word>> sentences, String followingText) {
        String asked = sentences.stream().filter(OfflineQuestionGenerator::isQuestion)
                .filter(s -> s.stream().anyMatch(w -> w.lower().equals("will") || w.lower().equals("next")))
                .map(Word::join).findFirst().orElse(PREDICTION_QUESTION);
        String answer = ANY_FITTING_GUESS;
        if (followingText != null && !followingText.isBlank()) {
            answer = english.sentences(followingText).stream()
                    .filter(s -> !isQuestion(s) && !clauses(s).isEmpty())
                    .map(s -> Word.join(withoutFinalPunctuation(s))).findFirst().orElse(ANY_FITTING_GUESS);
        }
        return question(asked, answer);
    }

    private static SegmentQuestions ranked(Map<QuestionCategory, RankedQuestion> found) {
        Map<QuestionCategory, RankedQuestion> ranked = new EnumMap<>(QuestionCategory.class);
        String best = null;
        int rank = 1;
        for (QuestionCategory category : PREFERENCE) {
            RankedQuestion question = found.get(category);
            if (question != null) {
                ranked.put(category, new RankedQuestion(question.question(), question.answer(), rank));
                if (rank == 1) {
                    best = question.question();
                }
                rank++;
            }
        }
        return new SegmentQuestions(ranked, best, NAME, 1);
    }

    private boolean someone(List<Word> subject) {
        if (subject.stream().anyMatch(w -> w.is("PRON"))) {
            return false;
        }
        return subject.stream().anyMatch(w -> w.is("PROPN") && !EnglishText.calendarWord(w)
                || w.is("NOUN") && english.living(w.lemma()));
    }

    private static List<Clause> clauses(List<Word> sentence) {
        List<Clause> clauses = new ArrayList<>();
        for (Clauses.Part part : Clauses.of(sentence)) {
            Clause.parse(part.words()).ifPresent(clauses::add);
        }
        return clauses;
    }

    /** The preposition and the noun phrase after it, when it names a place (not a time). */
    private static List<Word> placeAfter(List<Word> predicate, int at) {
        int end = at + 1;
        while (end < predicate.size() && NOUN_PHRASE.contains(predicate.get(end).tag())) {
            end++;
        }
        List<Word> phrase = predicate.subList(at, end);
        Word head = phrase.get(phrase.size() - 1);
        boolean namesAPlace = phrase.size() > 1 && head.is("NOUN", "PROPN") && !head.in(TIME_WORDS)
                && !EnglishText.calendarWord(head) && !TIME_WORDS.contains(head.lemma().toLowerCase());
        return namesAPlace ? phrase : List.of();
    }

    private static boolean gapHasPunctuation(List<Word> predicate, int at) {
        return predicate.subList(1, at).stream().anyMatch(w -> w.is("PUNCT") || w.is("SCONJ"));
    }

    private static boolean isQuestion(List<Word> sentence) {
        return sentence.get(sentence.size() - 1).text().equals("?");
    }

    private static List<Word> withoutFinalPunctuation(List<Word> sentence) {
        int end = sentence.size();
        while (end > 0 && sentence.get(end - 1).is("PUNCT")) {
            end--;
        }
        return sentence.subList(0, end);
    }

    private static RankedQuestion question(String question, String answer) {
        return new RankedQuestion(question, answer, null);
    }
}

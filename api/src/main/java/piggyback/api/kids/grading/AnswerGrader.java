package piggyback.api.kids.grading;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The grader {@code POST /api/check_answer} uses. It reads the question's form first ({@link QuestionForm}) and
 * grades by it; its rules decide only when they are confident (a number, a polarity, a non-answer, a
 * contradiction, the expected key words said, a list's items, a family of "almost"). Every other answer is
 * uncertain and goes to the application's {@link BorderlineJudge} (the chat model when one is configured, the
 * offline judge otherwise); without a verdict the reference procedure decides ({@link ReferenceGrader}, docs/decisions/0012-grading-rules.md,
 * borderline answers "almost"). Each rule keeps or improves the agreement with a teacher on the development set's
 * tuning split without lowering the held-out split (README, {@code ops/evaluate-grader}).
 */
@Component
public class AnswerGrader {

    /** The rules, in the order the evaluation adds them. */
    public enum Rule {
        /** Numbers as a teacher hears them: any size, counted up, mis-heard ("won", "fore"), ranges and hedges. */
        NUMBERS,
        /** "i don't know", fillers only, or one or two letters ("p" for "Pip") are wrong, never a substring match. */
        NON_ANSWERS,
        /** An expected answer that accepts any guess ("any guess that fits the story"): a real attempt is correct. */
        OPEN_ANSWERS,
        /** Yes/no questions by polarity ("uh huh", "i don't think so"), stated or implied by the answer. */
        POLARITY,
        /** The expected answer negated, a WordNet antonym of it or of the question's verb, a swapped thing. */
        CONTRADICTIONS,
        /** A list's items named by spelling or sound, as many as the question asks ("name one" needs one). */
        LIST_ITEMS,
        /** The expected key words said, by spelling, stem, sound or WordNet sense; the head word by form. */
        KEY_WORDS,
        /** Almost: hedged, a broader word (WordNet hypernym), a swapped spatial relation. */
        ALMOST_FAMILIES
    }

    private static final Pattern NON_ANSWER = Pattern.compile("^(i )?(dont|do not|don t) know$|^dunno$"
            + "|^(i have )?no idea$|^(im )?not sure$|^i forgot$|^nothing$|^the end$|^i dont remember$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern FILLERS = Pattern.compile("\\b(um|uh|hmm|well|so|like|er)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEDGE = Pattern.compile("\\b(maybe|perhaps|probably|kind of|sort of|kinda|i guess)\\b");

    private final ReferenceGrader reference;
    private final BorderlineJudge judge;
    private final Set<Rule> rules;
    private final Lexicon lexicon = Lexicon.wordNet();
    private final Opposites opposites = new Opposites(lexicon);
    private final Kinds kinds = Kinds.wordNet();

    @Autowired
    public AnswerGrader(@Value("${piggyback.quiz.rapidfuzz-correct:0.75}") double correctAt,
                        @Value("${piggyback.quiz.rapidfuzz-wrong:0.45}") double wrongAt,
                        @Value("${piggyback.quiz.use-ai:true}") boolean useAi,
                        Optional<BorderlineJudge> judge) {
        this(correctAt, wrongAt, useAi ? judge.orElse(BorderlineJudge.NONE) : BorderlineJudge.NONE,
                EnumSet.allOf(Rule.class));
    }

    /** A grader with only some of the rules, to measure what each one adds. */
    public AnswerGrader(double correctAt, double wrongAt, BorderlineJudge judge, Set<Rule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        this.judge = judge;
        this.reference = new ReferenceGrader(correctAt, wrongAt, BorderlineJudge.NONE,
                this.rules.contains(Rule.LIST_ITEMS) ? ListItems.Rule.STRICT : ListItems.Rule.REFERENCE);
    }

    /** Grades the child's answer; null fields count as empty. The echoed texts are the request's, cleaned. */
    public Grade grade(String expected, String user, String question) {
        String e = ReferenceGrader.clean(expected);
        String u = ReferenceGrader.clean(user);
        String q = ReferenceGrader.clean(question);
        QuestionForm form = QuestionForm.of(q, e);
        boolean isNumeric = form == QuestionForm.NUMBER || !AnswerText.wordsToNumbers(NumberWords.toDigits(e)).isEmpty();
        if (e.isEmpty() || u.isEmpty()) {
            return new Grade(0.0, e, u, isNumeric, Grade.WRONG, "Empty input");
        }
        double similarity = ReferenceGrader.round(ReferenceGrader.score(e, u), 3).doubleValue();
        Optional<Decision> decided = decide(form, q, e, u);
        if (decided.isPresent()) {
            String status = decided.get().status();
            // a number decides as in the reference (docs/decisions/0012-grading-rules.md): similarity 1.0 or 0.0
            double shown = form != QuestionForm.NUMBER || !rules.contains(Rule.NUMBERS) || status.equals(Grade.ALMOST)
                    ? similarity : status.equals(Grade.CORRECT) ? 1.0 : 0.0;
            return new Grade(shown, e, u, isNumeric, status, decided.get().reason());
        }
        Optional<Decision> verdict = ReferenceGrader.verdict(judge, q, e, u);
        if (verdict.isPresent()) {
            return new Grade(similarity, e, u, isNumeric, verdict.get().status(), verdict.get().reason());
        }
        Grade graded = reference.grade(rules.contains(Rule.NUMBERS) ? NumberWords.toDigits(e) : e,
                rules.contains(Rule.NUMBERS) ? NumberWords.toDigits(u) : u, q);
        return new Grade(graded.similarity(), e, u, isNumeric, graded.status(), graded.reason());
    }

    /** The rules' decision, when one of them is confident. */
    private Optional<Decision> decide(QuestionForm form, String q, String e, String u) {
        if (form == QuestionForm.NUMBER && rules.contains(Rule.NUMBERS)) {
            return NumberAnswer.grade(e, u);
        }
        if (rules.contains(Rule.NON_ANSWERS) && nonAnswer(form, u)) {
            return Optional.of(new Decision(Grade.WRONG, "No answer"));
        }
        if (rules.contains(Rule.OPEN_ANSWERS) && OpenAnswers.isOpen(e)) {
            return Optional.of(new Decision(Grade.CORRECT, "Open question: any fitting guess"));
        }
        if (form == QuestionForm.YES_NO && rules.contains(Rule.POLARITY)) {
            Optional<Decision> polarity = polarity(q, e, u);
            if (polarity.isPresent()) {
                return polarity;
            }
        }
        if (rules.contains(Rule.CONTRADICTIONS)) {
            Optional<Decision> contradiction = contradiction(q, e, u);
            if (contradiction.isPresent()) {
                return contradiction;
            }
        }
        if (form == QuestionForm.LIST && rules.contains(Rule.LIST_ITEMS)) {
            return Optional.of(listItems(q, e, u));
        }
        if (form == QuestionForm.LIST || !rules.contains(Rule.KEY_WORDS)) {
            return Optional.empty();
        }
        return keyWords(form, q, e, u);
    }

    private static boolean nonAnswer(QuestionForm form, String u) {
        String words = SPACES.matcher(FILLERS.matcher(NOT_LETTERS.matcher(u).replaceAll("")).replaceAll(" "))
                .replaceAll(" ").strip();
        if (NON_ANSWER.matcher(words).find()) {
            return true;
        }
        if (form == QuestionForm.YES_NO) {
            return false;
        }
        return ContentWords.of(u).isEmpty() || NOT_ALPHANUMERIC.matcher(u).replaceAll("").length() <= 2;
    }

    private Optional<Decision> polarity(String q, String e, String u) {
        Optional<Polarity.Answer> wanted = Polarity.expected(e);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Polarity.Answer said = Polarity.said(u);
        if (said == Polarity.Answer.NONE) {
            said = Polarity.implied(lexicon, opposites, q, u);
        }
        return switch (said) {
            case BOTH -> Optional.of(new Decision(Grade.WRONG, "Both yes and no"));
            // a statement that neither repeats nor opposes the question is compared with the expected answer
            case NONE -> ContentWords.of(u).isEmpty()
                    ? Optional.of(new Decision(Grade.WRONG, "Neither yes nor no")) : Optional.empty();
            default -> said != wanted.get() ? Optional.of(new Decision(Grade.WRONG, "Opposite polarity"))
                    : Polarity.hedged(u) && rules.contains(Rule.ALMOST_FAMILIES)
                    ? Optional.of(new Decision(Grade.ALMOST, "Hedged polarity"))
                    : Optional.of(new Decision(Grade.CORRECT, "Polarity matched"));
        };
    }

    /** The expected answer negated or opposed, or the question's own words opposed ("who won" → "lost"). */
    private Optional<Decision> contradiction(String q, String e, String u) {
        Optional<Opposites.Finding> finding = opposites.find(e, u, true, true);
        if (finding.isEmpty()) {
            finding = opposites.find(q, u, true, true)
                    .filter(found -> found.kind() != Opposites.Finding.Kind.NEGATED_OPPOSITE)
                    .filter(found -> ContentWords.find(lexicon, ContentWords.of(e), found.answerWord()) < 0);
        }
        return finding.map(found -> switch (found.kind()) {
            case NEGATED -> new Decision(Grade.WRONG, "Negated answer (" + found.answerWord() + ")");
            case OPPOSITE -> new Decision(Grade.WRONG,
                    "Opposite answer (" + found.answerWord() + " / " + found.expectedWord() + ")");
            case NEGATED_OPPOSITE -> new Decision(Grade.CORRECT,
                    "Negated opposite (not " + found.answerWord() + " = " + found.expectedWord() + ")");
        });
    }

    private Decision listItems(String q, String e, String u) {
        List<String> items = ListItems.extractItems(e);
        ListItems.ListMatch match = ListItems.match(items, u, ListItems.Rule.STRICT);
        int required = ListItems.requiredItems(q, e);
        if (match.matched() >= required) {
            return new Decision(Grade.CORRECT, "Matched " + match.matched() + " of " + match.total()
                    + " items (need " + required + ")");
        }
        if (match.matched() > 0) {
            return new Decision(Grade.ALMOST, "Matched " + match.matched() + " of " + match.total() + " items");
        }
        if (rules.contains(Rule.ALMOST_FAMILIES) && broader(ContentWords.of(u), items, ContentWords.of(q))) {
            return new Decision(Grade.ALMOST, "Broader than the items");
        }
        return new Decision(Grade.WRONG, "Matched 0 of " + match.total() + " items");
    }

    private Optional<Decision> keyWords(QuestionForm form, String q, String e, String u) {
        KeyWords words = KeyWords.of(lexicon, kinds, q, e, u);
        Optional<String> swapped = swapped(form, words);
        if (swapped.isPresent() && rules.contains(Rule.CONTRADICTIONS)) {
            return Optional.of(new Decision(Grade.WRONG, "Another thing named (" + swapped.get() + ")"));
        }
        boolean enough = words.allSaid()
                || !words.noneSaid() && switch (form) {
                    case PERSON_OR_THING, PLACE -> words.lastSaid();
                    case ACTION, PREDICTION -> words.verbSaid();
                    default -> false;
                };
        boolean families = rules.contains(Rule.ALMOST_FAMILIES);
        if (enough) {
            if (families && form != QuestionForm.PREDICTION && HEDGE.matcher(u).find()) {
                return Optional.of(new Decision(Grade.ALMOST, "Hedged answer"));
            }
            if (families && SpatialRelation.swapped(e, u)) {
                return Optional.of(new Decision(Grade.ALMOST, "Another spatial relation"));
            }
            return Optional.of(new Decision(Grade.CORRECT, words.allSaid() ? "Key words said" : "Head word said"));
        }
        if (families && words.noneSaid() && broader(words.said(), words.key(), List.of())) {
            return Optional.of(new Decision(Grade.ALMOST, "Broader word"));
        }
        return Optional.empty();
    }

    /**
     * An answer word of the same kind as a missing key word or an unrepeated question word, but another thing; or,
     * for an action, another action done to the expected thing ("he ate the bread" for "he baked bread").
     */
    private Optional<String> swapped(QuestionForm form, KeyWords words) {
        List<String> extra = words.extra(lexicon);
        if (extra.isEmpty() || words.noneSaid() && words.allSaid()) {
            return Optional.empty();
        }
        if (form == QuestionForm.ACTION && !words.noneSaid() && words.verb().isPresent() && !words.verbSaid()) {
            for (String said : extra) {
                Kinds.Relation relation = kinds.relation(said, words.verb().get());
                if (lexicon.inflected(said) && (relation == Kinds.Relation.NONE || relation == Kinds.Relation.SIBLING)) {
                    return Optional.of(said + " / " + words.verb().get());
                }
            }
        }
        List<String> others = new java.util.ArrayList<>(words.missing());
        if (!words.noneSaid()) {
            others.addAll(words.askedNotSaid(lexicon));
        }
        for (String said : extra) {
            for (String other : others) {
                if (kinds.relation(said, other) == Kinds.Relation.SIBLING) {
                    return Optional.of(said + " / " + other);
                }
            }
        }
        return Optional.empty();
    }

    /** An answer word that is a broader kind of an expected word, not merely one of the given words. */
    private boolean broader(List<String> said, List<String> expected, List<String> asked) {
        for (String word : said) {
            if (ContentWords.find(lexicon, asked, word) >= 0) {
                continue;
            }
            for (String item : expected) {
                for (String part : ContentWords.of(item)) {
                    if (kinds.relation(word, part) == Kinds.Relation.BROADER) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

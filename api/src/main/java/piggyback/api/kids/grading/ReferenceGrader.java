package piggyback.api.kids.grading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference's answer check (docs/decisions/0012): numbers first, then the fuzzy score, list answers, the two
 * thresholds, and the judge for the band between them. The order of the steps is part of the contract.
 */
public final class ReferenceGrader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceGrader.class);
    private static final Pattern NUMERIC_QUESTION = Pattern.compile(
            "(?<!" + PyText.WORD + ")(?:how many|number of|how much|count)(?!" + PyText.WORD + ")");

    private final double correctAt;
    private final double wrongAt;
    private final BorderlineJudge judge;
    private final ListItems.Rule listRule;

    /**
     * @param correctAt a score at or above this is correct (reference 0.75)
     * @param wrongAt   a score at or below this is wrong (reference 0.45)
     * @param judge     decides the scores in between
     */
    public ReferenceGrader(double correctAt, double wrongAt, BorderlineJudge judge) {
        this(correctAt, wrongAt, judge, ListItems.Rule.REFERENCE);
    }

    /** The same procedure with another rule for list answers (step 4). */
    ReferenceGrader(double correctAt, double wrongAt, BorderlineJudge judge, ListItems.Rule listRule) {
        this.correctAt = correctAt;
        this.wrongAt = wrongAt;
        this.judge = Objects.requireNonNull(judge);
        this.listRule = Objects.requireNonNull(listRule);
    }

    /** Grades the child's answer; null fields count as empty. */
    public Grade grade(String expected, String user, String question) {
        String e = clean(expected);
        String u = clean(user);
        String q = clean(question);
        List<BigInteger> expectedNumbers = AnswerText.wordsToNumbers(e);
        boolean isNumeric = !expectedNumbers.isEmpty();
        if (e.isEmpty() || u.isEmpty()) {
            return new Grade(0.0, e, u, isNumeric, Grade.WRONG, "Empty input");
        }
        if (isNumeric) {
            Optional<Grade> numeric = gradeNumbers(e, u, q, expectedNumbers);
            if (numeric.isPresent()) {
                return numeric.get();
            }
        }
        double score = score(e, u);
        double similarity = round(score, 3).doubleValue();
        List<String> items = ListItems.extractItems(e);
        if (items.size() > 1) {
            // The reference also requires total > 0, which always holds for two or more items.
            ListItems.ListMatch match = ListItems.match(items, u, listRule);
            int required = ListItems.requiredItems(q, e);
            if (match.matched() >= required) {
                return new Grade(similarity, e, u, isNumeric, Grade.CORRECT,
                        "Matched " + match.matched() + " of " + match.total() + " items (need " + required + ")");
            }
            if (match.matched() > 0) {
                return new Grade(similarity, e, u, isNumeric, Grade.ALMOST,
                        "Matched " + match.matched() + " of " + match.total() + " items");
            }
            if (listRule.noneNamedIsWrong()) {
                return new Grade(similarity, e, u, isNumeric, Grade.WRONG, "Matched 0 of " + match.total() + " items");
            }
        }
        String shown = round(score, 2).toPlainString();
        if (score >= correctAt) {
            return new Grade(similarity, e, u, isNumeric, Grade.CORRECT, "High RapidFuzz score " + shown);
        }
        if (score <= wrongAt) {
            return new Grade(similarity, e, u, isNumeric, Grade.WRONG, "Low RapidFuzz score " + shown);
        }
        return verdict(q, e, u)
                .map(decided -> new Grade(similarity, e, u, isNumeric, decided.status(),
                        decided.reason() + " (RapidFuzz=" + shown + ")"))
                .orElseGet(() -> new Grade(similarity, e, u, isNumeric, Grade.ALMOST,
                        "Borderline case defaulted (RapidFuzz=" + shown + ")"));
    }

    /** Step 3: the fuzzy score (0–1) of the prepared texts. */
    public static double score(String expected, String user) {
        String preparedE = AnswerText.prepare(expected);
        String preparedU = AnswerText.prepare(user);
        // Divided by 100.0 after scoring, as the reference does: the same doubles meet the thresholds.
        return Math.max(FuzzyScores.partialRatio(preparedE, preparedU) / 100.0,
                FuzzyScores.tokenSetRatio(preparedE, preparedU) / 100.0);
    }

    /** Step 2: the decisions the numbers alone make when the expected answer holds one. */
    private static Optional<Grade> gradeNumbers(String e, String u, String q, List<BigInteger> expectedNumbers) {
        List<BigInteger> userNumbers = AnswerText.wordsToNumbers(u);
        Set<BigInteger> expectedSet = new HashSet<>(expectedNumbers);
        Set<BigInteger> userSet = new HashSet<>(userNumbers);
        if (!userNumbers.isEmpty() && Collections.disjoint(expectedSet, userSet)) {
            return Optional.of(new Grade(0.0, e, u, true, Grade.WRONG, "Numeric mismatch"));
        }
        boolean onlyNumbers = AnswerText.normalizeText(e).isEmpty();
        if (!userNumbers.isEmpty() && onlyNumbers && expectedSet.equals(userSet)) {
            return Optional.of(new Grade(1.0, e, u, true, Grade.CORRECT, "Numeric answer matched"));
        }
        if (userNumbers.isEmpty() && (onlyNumbers || NUMERIC_QUESTION.matcher(q).find())) {
            return Optional.of(new Grade(0.0, e, u, true, Grade.WRONG, "Missing numeric answer"));
        }
        return Optional.empty();
    }

    /** Step 7: the judge's verdict, its label read as the reference reads a model's reply. */
    private Optional<Decision> verdict(String q, String e, String u) {
        return verdict(judge, q, e, u);
    }

    /**
     * A judge's verdict with its label read as the reference reads a model's reply (trimmed, lower-cased,
     * anything but correct or wrong is almost); a failing judge is no verdict.
     */
    static Optional<Decision> verdict(BorderlineJudge judge, String q, String e, String u) {
        Optional<Decision> decided;
        try {
            decided = judge.judge(q, e, u);
        } catch (RuntimeException failure) {
            log.warn("The judge failed, the grade defaults: {}", failure.toString());
            return Optional.empty();
        }
        return decided.map(verdict -> {
            String reply = PyText.strip(verdict.status()).toLowerCase(Locale.ROOT);
            return new Decision(reply.equals(Grade.CORRECT) || reply.equals(Grade.WRONG) ? reply : Grade.ALMOST,
                    verdict.reason());
        });
    }

    /** Python's {@code .strip().lower()} of the request field, {@code None} as empty. */
    static String clean(String field) {
        return field == null ? "" : PyText.strip(field).toLowerCase(Locale.ROOT);
    }

    /** Python's {@code round(x, n)} and {@code :.nf}: the exact binary value, rounded half to even. */
    static BigDecimal round(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
    }
}

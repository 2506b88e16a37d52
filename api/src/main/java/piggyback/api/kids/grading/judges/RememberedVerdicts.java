package piggyback.api.kids.grading.judges;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the judge's verdicts: a class of children answering one question gives the same few
 * answers, and each verdict costs a chat-model call (money, a child waiting) or two sentence
 * embeddings. Only verdicts are kept; a judge that could not decide (timeout, failure) is asked
 * again next time.
 */
final class RememberedVerdicts implements AnswerJudge {

    /** Enough for every answer of a busy day; an entry is three short strings. */
    static final int CAPACITY = 50_000;

    private final AnswerJudge judge;
    private final Cache<Case, Verdict> verdicts = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    RememberedVerdicts(AnswerJudge judge) {
        this.judge = judge;
    }

    @Override
    public Optional<Verdict> judge(String question, String expected, String answer) {
        Case asked = new Case(question, expected, answer);
        Verdict known = verdicts.getIfPresent(asked);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Verdict> verdict = judge.judge(question, expected, answer);
        verdict.ifPresent(decided -> verdicts.put(asked, decided));
        return verdict;
    }

    private record Case(String question, String expected, String answer) {
    }
}

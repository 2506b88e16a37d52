package piggyback.api.kids.grading;

import java.util.Optional;

/**
 * Decides the answers the grader cannot decide by itself: in the reference
 * (docs/decisions/0012-grading-rules.md) the fuzzy scores' borderline band, asked of a chat model; in
 * {@link AnswerGrader} every answer its rules are not confident about (the application's judge is
 * {@code judges.JudgedBorderline}).
 * Empty means no verdict (judge off or failed).
 */
@FunctionalInterface
public interface BorderlineJudge {

    /** No judge: every borderline answer defaults. */
    BorderlineJudge NONE = (question, expected, user) -> Optional.empty();

    /**
     * @return the verdict: a status of {@code correct}, {@code almost} or {@code wrong} (anything else counts as
     *         {@code almost}) and the reason, saying which judge decided
     */
    Optional<Decision> judge(String question, String expected, String user);
}

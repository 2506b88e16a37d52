package piggyback.api.kids.grading;

import java.util.Optional;

/**
 * Decides the answers the fuzzy scores leave in the borderline band (spec §5.5 step 7), in the reference a chat
 * model. Empty means no verdict (judge off or failed): the grade then defaults to "almost".
 */
@FunctionalInterface
public interface BorderlineJudge {

    /** No judge: every borderline answer defaults. */
    BorderlineJudge NONE = (question, expected, user) -> Optional.empty();

    /**
     * @return one of {@code correct}, {@code almost}, {@code wrong}; anything else counts as {@code almost}
     */
    Optional<String> judge(String question, String expected, String user);

    /** How a verdict is explained in the grade's reason, before {@code (RapidFuzz=x.xx)}. */
    default String verdictReason() {
        return "AI judged borderline case";
    }
}

package piggyback.api.kids.grading.judges;

import java.util.Locale;
import java.util.Optional;

import piggyback.batch.metrics.ProviderPort;

/**
 * Decides a child's answer that the fuzzy scores leave undecided (docs/architecture.md#ai-and-media-providers, docs/decisions/0012-grading-rules.md): the chat
 * model when the judge task has a provider ({@link ChatJudge}), otherwise the offline {@link MeaningJudge}.
 */
@ProviderPort(name = "judge", method = "judge")
public interface AnswerJudge {

    /**
     * @param question the question asked, lower-cased
     * @param expected the expected answer, lower-cased
     * @param answer   the child's transcribed answer, lower-cased
     * @return the verdict, or empty when the judge could not decide (unavailable, failed, timed out)
     */
    Optional<Verdict> judge(String question, String expected, String answer);

    enum Verdict {
        CORRECT, ALMOST, WRONG;

        /** The label the grade carries: correct, almost or wrong. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A chat model's reply as the reference reads it: trimmed and lower-cased; anything else is almost. */
        static Verdict ofReply(String reply) {
            return switch (reply.strip().toLowerCase(Locale.ROOT)) {
                case "correct" -> CORRECT;
                case "wrong" -> WRONG;
                default -> ALMOST;
            };
        }
    }
}

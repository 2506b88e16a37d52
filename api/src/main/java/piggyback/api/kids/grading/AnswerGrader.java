package piggyback.api.kids.grading;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The grader {@code POST /api/check_answer} uses: the reference procedure with the thresholds of
 * {@code piggyback.quiz.*} (spec §11.2), and the application's {@link BorderlineJudge} when one is defined and
 * {@code use-ai} is on; otherwise borderline answers default to "almost", as in the reference without AI.
 */
@Component
public class AnswerGrader {

    private final ReferenceGrader grader;

    public AnswerGrader(@Value("${piggyback.quiz.rapidfuzz-correct:0.75}") double correctAt,
                        @Value("${piggyback.quiz.rapidfuzz-wrong:0.45}") double wrongAt,
                        @Value("${piggyback.quiz.use-ai:true}") boolean useAi,
                        Optional<BorderlineJudge> judge) {
        grader = new ReferenceGrader(correctAt, wrongAt,
                useAi ? judge.orElse(BorderlineJudge.NONE) : BorderlineJudge.NONE);
    }

    public Grade grade(String expected, String user, String question) {
        return grader.grade(expected, user, question);
    }
}

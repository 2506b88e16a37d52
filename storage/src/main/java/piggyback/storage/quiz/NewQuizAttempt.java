package piggyback.storage.quiz;

import java.util.List;

/** A completed quiz attempt to save, with its answers in the order they were given. */
public record NewQuizAttempt(String childId, String videoId, QuizScore score, Viewing viewing,
                             List<QuizAnswer> details) {
}

package piggyback.storage.quiz;

import java.time.LocalDateTime;
import java.util.List;

/** A saved quiz attempt with its answers in the order they were given. */
public record QuizAttempt(long attemptId, LocalDateTime attemptedAt, String childId, String videoId,
                          QuizScore score, Viewing viewing, List<QuizAnswer> details) {
}

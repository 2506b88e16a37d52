package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A segment of a {@link ReviewSet}.
 *
 * @param questions the AI questions and the expert's own one, in the order they were written
 * @param lines     each companion's wording per question type, with its winner
 * @param fields    fields the server does not model, by name, as the JSON text the client sent
 */
public record ReviewSegment(int segmentIndex, double startSeconds, double endSeconds, boolean skipped,
                            String skipReason, String comment, String triageComment, String rankingComment,
                            String updatedBy, LocalDateTime updatedAt, List<ReviewQuestion> questions,
                            List<ReviewLine> lines, Map<String, String> fields) {

    public ReviewSegment {
        questions = List.copyOf(questions);
        lines = List.copyOf(lines);
        fields = Map.copyOf(fields);
    }
}

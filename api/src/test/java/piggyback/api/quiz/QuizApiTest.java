package piggyback.api.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;

/** The quiz tests' ground: a family (expert, parent, child) and quiz bodies in the player's shapes. */
public abstract class QuizApiTest extends ApiTest {

    @Autowired
    protected Videos videos;
    @Autowired
    protected Assignments assignments;

    /** A child of a parent (with a learner code) and of an expert (with a password). */
    public record Family(String expertId, String expertPassword, String parentCode, String childId) {
    }

    protected Family family() {
        String password = "pw-" + unique();
        String expertId = newExpert(password);
        String code = "fam-" + unique();
        String childId = newChild(expertId, newParent(code), "Quinn");
        return new Family(expertId, password, code, childId);
    }

    protected ApiClient learnerOf(Family family) {
        return learner(family.parentCode());
    }

    protected ApiClient expertOf(Family family) {
        return expert(family.expertId(), family.expertPassword());
    }

    /** The reference's body: the counts nested in score_data. */
    protected static Map<String, Object> nested(String childId, String videoId, int total, int correct, int wrong,
                                                double percentage, int retries, List<Map<String, Object>> details) {
        Map<String, Object> score = new HashMap<>(Map.of("total", total, "correct", correct, "wrong", wrong,
                "percentage", percentage, "total_retries", retries,
                "avg_retries_per_question", total == 0 ? 0 : Math.round(100.0 * retries / total) / 100.0,
                "details", details));
        return new HashMap<>(Map.of("child_id", childId, "video_id", videoId, "score_data", score));
    }

    /** A first answer as the kids' player reports it. */
    protected static Map<String, Object> answer(String type, String status) {
        return Map.of("question", "What is " + type + "?", "expectedAnswer", "the " + type, "userAnswer", "a guess",
                "status", status, "similarity", 0.5, "question_type", type, "timestamp", "2026-03-22T12:00:00.000Z");
    }

    /** A later try on a question already answered: no expected answer, no type. */
    protected static Map<String, Object> retry() {
        return Map.of("question", "What happened?", "userAnswer", "again", "status", "retry", "similarity", 0.3,
                "timestamp", "2026-03-22T12:01:00.000Z");
    }

    /** A stored video assigned to the family's expert (titled with its own id), so the child may see it. */
    protected String videoOf(Family family) {
        return videoAssignedTo(family.expertId());
    }

    protected String videoAssignedTo(String expertId) {
        String id = "v" + unique();
        videos.upsert(id, "youtube", null, id, null, 60.0);
        assignments.assign(id, expertId, "admin");
        return id;
    }

    protected int attemptsOf(String childId) {
        return jdbc.sql("SELECT COUNT(*) FROM quiz_attempts WHERE child_id = ?").param(childId)
                .query(Integer.class).single();
    }
}

package piggyback.api.expert.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import piggyback.api.web.Json;
import piggyback.storage.questions.ReviewLine;
import piggyback.storage.questions.ReviewQuestion;
import piggyback.storage.questions.ReviewSegment;
import piggyback.storage.questions.ReviewSet;
import piggyback.storage.quiz.VideoAnswer;

/**
 * What children did with each question of a published version: how many answered, the share
 * graded correct, almost and wrong, and the most common wrong answers as transcribed. An answer
 * belongs to the question whose {@code question_id} it carries; one without an id of this version
 * (saved before ids were sent, or to an earlier version) to the question whose text, or a
 * companion's wording of it, it repeats. No child is named: child ids are only counted.
 */
final class AnswerStats {

    /** Wrong answers listed per question. */
    static final int COMMON_WRONG = 3;

    private final Map<Long, Tally> byId = new LinkedHashMap<>();
    private final Map<String, Tally> byText = new HashMap<>();

    private AnswerStats(ReviewSet published) {
        for (ReviewSegment segment : published.segments()) {
            for (ReviewQuestion question : segment.questions()) {
                Tally tally = new Tally(segment.segmentIndex(), question);
                byId.put(question.questionId(), tally);
                byText.putIfAbsent(normal(question.question()), tally);
            }
            // a child with a companion heard the winner's wording; it is graded as the question of its type
            for (ReviewLine line : segment.lines()) {
                segment.questions().stream().filter(q -> q.questionType().equals(line.questionType())).findFirst()
                        .ifPresent(q -> byText.putIfAbsent(normal(line.question()), byId.get(q.questionId())));
            }
        }
    }

    static List<Map<String, Object>> of(ReviewSet published, List<VideoAnswer> answers) {
        AnswerStats stats = new AnswerStats(published);
        for (VideoAnswer answer : answers) {
            Tally tally = answer.questionId() == null ? null : stats.byId.get(answer.questionId());
            if (tally == null) {
                tally = stats.byText.get(normal(answer.question()));
            }
            if (tally != null) {
                tally.add(answer);
            }
        }
        return stats.byId.values().stream().map(Tally::view).toList();
    }

    /** Case, surrounding and repeated spaces do not make answers or questions differ. */
    static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Tally {

        private final int segmentIndex;
        private final ReviewQuestion question;
        private final Set<String> children = new HashSet<>();
        private final Map<String, Integer> graded = new HashMap<>();
        private final Map<String, Integer> wrongAnswers = new HashMap<>();
        private int answers;

        Tally(int segmentIndex, ReviewQuestion question) {
            this.segmentIndex = segmentIndex;
            this.question = question;
        }

        void add(VideoAnswer answer) {
            answers++;
            children.add(answer.childId());
            graded.merge(answer.status(), 1, Integer::sum);
            String said = normal(answer.userAnswer());
            if ("wrong".equals(answer.status()) && !said.isEmpty()) {
                wrongAnswers.merge(said, 1, Integer::sum);
            }
        }

        Map<String, Object> view() {
            List<Map<String, Object>> common = new ArrayList<>();
            wrongAnswers.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                    .limit(COMMON_WRONG)
                    .forEach(entry -> common.add(Json.obj("answer", entry.getKey(), "count", entry.getValue())));
            return Json.obj("question_id", question.questionId(), "segmentIndex", segmentIndex,
                    "question_type", question.questionType(), "own", question.ownQuestion(),
                    "question", question.question(), "children", children.size(), "answers", answers,
                    "correct", share("correct"), "almost", share("almost"), "wrong", share("wrong"),
                    "common_wrong_answers", common);
        }

        /** The share of the answers with this grade, in whole percent (0 before any answer). */
        private int share(String grade) {
            return answers == 0 ? 0 : Math.round(100f * graded.getOrDefault(grade, 0) / answers);
        }
    }
}

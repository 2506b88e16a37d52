package piggyback.storage.questions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import piggyback.storage.UtcTime;
import piggyback.storage.videos.VideoAccessChanged;

/**
 * The versioned question sets of videos (question_sets and its child tables). Publishing adds a
 * new version; older versions stay as they were, and the kids are served the newest published one.
 * A published version never changes (the next edit opens a new draft), so once read it is kept in
 * memory: a child's device asks for it at every video. Which version is newest is kept for
 * {@link #NEWEST_TRUSTED}: a publish through this instance applies at once, one through another
 * instance within that time.
 */
@Repository
public class QuestionSets {

    private static final RowMapper<SetQuestion> QUESTION = (rs, n) -> new SetQuestion(
            rs.getLong("question_id"), rs.getString("question_type"), rs.getString("question"),
            rs.getString("answer"), rs.getString("source"), rs.getObject("llm_ranking", Integer.class),
            rs.getObject("expert_ranking", Integer.class), rs.getBoolean("trashed"), rs.getBoolean("modified"));
    private static final RowMapper<CompanionLine> LINE = (rs, n) -> new CompanionLine(
            rs.getString("companion"), rs.getString("question_type"), rs.getString("question"),
            rs.getString("answer"), rs.getBoolean("is_winner"));

    private record SetRow(long setId, String videoId, int version, String status, String createdBy,
                          LocalDateTime publishedAt) {
    }

    private record SegmentRow(int segmentIndex, double start, double end, boolean skipped, String skipReason,
                              String comment) {
    }

    private record Indexed<T>(int segmentIndex, T row) {
    }

    /** Published versions kept; one is a few dozen kilobytes. */
    static final int PUBLISHED_KEPT = 500;

    static final Duration NEWEST_TRUSTED = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Cache<Long, QuestionSet> published = Caffeine.newBuilder().maximumSize(PUBLISHED_KEPT).build();
    private final Cache<String, Optional<SetRow>> newest = Caffeine.newBuilder()
            .expireAfterWrite(NEWEST_TRUSTED).maximumSize(10_000).build();

    QuestionSets(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The highest published version of the video's set, whole; empty when none was published. */
    public Optional<QuestionSet> newestPublished(String videoId) {
        return newest.get(videoId, this::newestRow).map(set -> published.get(set.setId(), id -> load(set)));
    }

    private Optional<SetRow> newestRow(String videoId) {
        return jdbc.sql("""
                        SELECT set_id, video_id, version, status, created_by, published_at FROM question_sets
                        WHERE video_id = ? AND status = 'published' ORDER BY version DESC LIMIT 1""")
                .param(videoId)
                .query((rs, n) -> new SetRow(rs.getLong("set_id"), rs.getString("video_id"), rs.getInt("version"),
                        rs.getString("status"), rs.getString("created_by"),
                        rs.getObject("published_at", LocalDateTime.class)))
                .optional();
    }

    /** After the publish commits; a read in flight for the video finishes first, then is dropped. */
    @TransactionalEventListener(fallbackExecution = true)
    void forgetNewest(QuestionSetPublished publish) {
        newest.invalidate(publish.videoId());
    }

    /** A deleted video has no newest version any more. */
    @TransactionalEventListener(fallbackExecution = true)
    void forgetNewest(VideoAccessChanged changed) {
        newest.invalidateAll();
    }

    /** A question by id with its set's video, version and whether the set is published. */
    public Optional<QuestionInSet> findQuestion(long questionId) {
        return jdbc.sql("""
                        SELECT q.*, s.video_id, s.version, s.status FROM question_set_questions q
                        JOIN question_sets s ON s.set_id = q.set_id WHERE q.question_id = ?""")
                .param(questionId)
                .query((rs, n) -> new QuestionInSet(QUESTION.mapRow(rs, n), rs.getString("video_id"),
                        rs.getLong("set_id"), rs.getInt("version"), "published".equals(rs.getString("status")),
                        rs.getInt("segment_index")))
                .optional();
    }

    /**
     * Publishes the segments as the video's next version (highest version + 1), all or nothing.
     * Question types are stored normalised ({@code settings} → {@code setting}).
     *
     * @return the new set's id
     * @throws IllegalArgumentException for an unknown video or question type, or two winners of one
     *                                  companion in a segment
     */
    @Transactional
    public long publish(String videoId, List<SegmentDraft> segments, String publishedBy) {
        segments.forEach(QuestionSets::checkDraft);
        // Locking the video row makes concurrent publishes of one video take turns, so each
        // gets its own version number instead of colliding on (video_id, version).
        if (jdbc.sql("SELECT video_id FROM videos WHERE video_id = ? FOR UPDATE").param(videoId)
                .query(String.class).optional().isEmpty()) {
            throw new IllegalArgumentException("unknown video " + videoId);
        }
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM question_sets WHERE video_id = ?")
                .param(videoId).query(Integer.class).single();
        LocalDateTime now = UtcTime.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO question_sets (video_id, version, status, created_by, created_at, updated_at,
                                                   published_at)
                        VALUES (?, ?, 'published', ?, ?, ?, ?)""")
                .params(videoId, version, publishedBy, now, now, now).update(key);
        long setId = key.getKey().longValue();
        for (int index = 0; index < segments.size(); index++) {
            insertSegment(setId, index, segments.get(index), publishedBy, now);
        }
        events.publishEvent(new QuestionSetPublished(videoId));
        return setId;
    }

    private void insertSegment(long setId, int index, SegmentDraft segment, String publishedBy, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO question_set_segments (set_id, segment_index, start_seconds, end_seconds, skipped,
                                                           skip_reason, comment)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(setId, index, segment.startSeconds(), segment.endSeconds(), segment.skipped(),
                        segment.skipReason(), segment.comment())
                .update();
        for (QuestionDraft question : segment.questions()) {
            jdbc.sql("""
                            INSERT INTO question_set_questions (set_id, segment_index, question_type, question, answer,
                                source, llm_ranking, expert_ranking, trashed, modified, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(setId, index, QuestionTypes.normalise(question.questionType()), question.question(),
                            question.answer(), question.source(), question.llmRanking(), question.expertRanking(),
                            question.trashed(), question.modified(), publishedBy, now)
                    .update();
        }
        for (CompanionLine line : segment.companionLines()) {
            jdbc.sql("""
                            INSERT INTO question_set_companion_lines (set_id, segment_index, companion, question_type,
                                                                      question, answer, is_winner)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(setId, index, line.companion(), QuestionTypes.normalise(line.questionType()),
                            line.question(), line.answer(), line.winner())
                    .update();
        }
    }

    private static void checkDraft(SegmentDraft segment) {
        segment.questions().forEach(q -> checkType(q.questionType()));
        segment.companionLines().forEach(line -> checkType(line.questionType()));
        Set<String> companionsWithWinner = new HashSet<>();
        for (CompanionLine line : segment.companionLines()) {
            if (line.winner() && !companionsWithWinner.add(line.companion())) {
                throw new IllegalArgumentException("two winners for " + line.companion() + " in one segment");
            }
        }
    }

    private static void checkType(String raw) {
        if (!QuestionTypes.isKnown(QuestionTypes.normalise(raw))) {
            throw new IllegalArgumentException("unknown question type " + raw);
        }
    }

    private QuestionSet load(SetRow set) {
        List<SegmentRow> segments = jdbc.sql("""
                        SELECT segment_index, start_seconds, end_seconds, skipped, skip_reason, comment
                        FROM question_set_segments WHERE set_id = ? ORDER BY segment_index""")
                .param(set.setId())
                .query((rs, n) -> new SegmentRow(rs.getInt("segment_index"), rs.getDouble("start_seconds"),
                        rs.getDouble("end_seconds"), rs.getBoolean("skipped"), rs.getString("skip_reason"),
                        rs.getString("comment")))
                .list();
        // question_id grows with insertion, so this is the order the questions were written in
        Map<Integer, List<SetQuestion>> questions = bySegment(jdbc.sql(
                        "SELECT * FROM question_set_questions WHERE set_id = ? ORDER BY segment_index, question_id")
                .param(set.setId())
                .query((rs, n) -> new Indexed<>(rs.getInt("segment_index"), QUESTION.mapRow(rs, n))).list());
        Map<Integer, List<CompanionLine>> lines = bySegment(jdbc.sql("""
                        SELECT * FROM question_set_companion_lines WHERE set_id = ?
                        ORDER BY segment_index, companion, question_type""")
                .param(set.setId())
                .query((rs, n) -> new Indexed<>(rs.getInt("segment_index"), LINE.mapRow(rs, n))).list());
        List<SetSegment> loaded = segments.stream().map(s -> new SetSegment(s.segmentIndex(), s.start(), s.end(),
                s.skipped(), s.skipReason(), s.comment(), questions.getOrDefault(s.segmentIndex(), List.of()),
                lines.getOrDefault(s.segmentIndex(), List.of()))).toList();
        return new QuestionSet(set.setId(), set.videoId(), set.version(), set.status(), set.createdBy(),
                set.publishedAt(), loaded);
    }

    private static <T> Map<Integer, List<T>> bySegment(List<Indexed<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Indexed::segmentIndex,
                Collectors.mapping(Indexed::row, Collectors.toList())));
    }
}

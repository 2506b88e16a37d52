package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import piggyback.storage.UtcTime;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;

/**
 * Finds or makes a video's working set (draft or in review). A new one copies the newest
 * published version, or, before anything was published, the pipeline's segments, AI questions
 * and companion variants. Callers hold the video's row lock, so one video never gets two.
 */
@Component
class DraftOpener {

    private final JdbcClient jdbc;
    private final GeneratedSegments generated;
    private final CompanionVariants variants;

    DraftOpener(JdbcClient jdbc, GeneratedSegments generated, CompanionVariants variants) {
        this.jdbc = jdbc;
        this.generated = generated;
        this.variants = variants;
    }

    Optional<Long> existing(String videoId) {
        return jdbc.sql("""
                        SELECT set_id FROM question_sets WHERE video_id = ? AND status IN ('draft', 'in_review')
                        ORDER BY version DESC LIMIT 1""")
                .param(videoId).query(Long.class).optional();
    }

    long open(String videoId, String by) {
        Optional<Long> existing = existing(videoId).filter(setId -> !emptyAndUntouched(setId, videoId));
        return existing.orElseGet(() -> newestPublished(videoId)
                .map(published -> copy(videoId, published, by))
                .orElseGet(() -> fromPipeline(videoId, by)));
    }

    /**
     * A draft opened before the pipeline wrote any segment, and never saved: it is dropped (its
     * version number is reused), so opening a video early does not hide the questions that come later.
     */
    private boolean emptyAndUntouched(long setId, String videoId) {
        boolean stale = jdbc.sql("""
                        SELECT COUNT(*) FROM question_sets s
                        WHERE s.set_id = ? AND s.revision = 0 AND s.status = 'draft'
                          AND NOT EXISTS (SELECT 1 FROM question_set_segments g WHERE g.set_id = s.set_id)
                          AND EXISTS (SELECT 1 FROM segments p WHERE p.video_id = ?)""")
                .params(setId, videoId).query(Integer.class).single() > 0;
        if (stale) {
            jdbc.sql("DELETE FROM question_sets WHERE set_id = ?").param(setId).update();
        }
        return stale;
    }

    private Optional<Long> newestPublished(String videoId) {
        return jdbc.sql("""
                        SELECT set_id FROM question_sets WHERE video_id = ? AND status = 'published'
                        ORDER BY version DESC LIMIT 1""")
                .param(videoId).query(Long.class).optional();
    }

    private long newSet(String videoId, int revision, String by) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM question_sets WHERE video_id = ?")
                .param(videoId).query(Integer.class).single();
        LocalDateTime now = UtcTime.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO question_sets (video_id, version, status, created_by, created_at, updated_at,
                                                   revision)
                        VALUES (?, ?, 'draft', ?, ?, ?, ?)""")
                .params(videoId, version, by, now, now, revision).update(key);
        return key.getKey().longValue();
    }

    /** The published version's rows, question ids new; the revision count goes on from it. */
    private long copy(String videoId, long publishedId, String by) {
        int revision = jdbc.sql("SELECT revision FROM question_sets WHERE set_id = ?").param(publishedId)
                .query(Integer.class).single();
        long setId = newSet(videoId, revision + 1, by);
        jdbc.sql("""
                INSERT INTO question_set_segments (set_id, segment_index, start_seconds, end_seconds, skipped,
                    skip_reason, comment, triage_comment, ranking_comment, updated_by, updated_at)
                SELECT ?, segment_index, start_seconds, end_seconds, skipped, skip_reason, comment, triage_comment,
                       ranking_comment, updated_by, updated_at
                FROM question_set_segments WHERE set_id = ?""").params(setId, publishedId).update();
        jdbc.sql("""
                INSERT INTO question_set_questions (set_id, segment_index, question_type, question, answer, source,
                    llm_ranking, expert_ranking, trashed, modified, updated_by, updated_at, original_question,
                    original_answer)
                SELECT ?, segment_index, question_type, question, answer, source, llm_ranking, expert_ranking,
                       trashed, modified, updated_by, updated_at, original_question, original_answer
                FROM question_set_questions WHERE set_id = ? ORDER BY question_id""")
                .params(setId, publishedId).update();
        jdbc.sql("""
                INSERT INTO question_set_companion_lines (set_id, segment_index, companion, question_type, question,
                    answer, is_winner, updated_by, updated_at)
                SELECT ?, segment_index, companion, question_type, question, answer, is_winner, updated_by, updated_at
                FROM question_set_companion_lines WHERE set_id = ?""").params(setId, publishedId).update();
        jdbc.sql("""
                INSERT INTO question_set_segment_fields (set_id, segment_index, name, value_json)
                SELECT ?, segment_index, name, value_json FROM question_set_segment_fields WHERE set_id = ?""")
                .params(setId, publishedId).update();
        return setId;
    }

    /** The pipeline's output as version one's draft: every segment, so experts can write for failed ones too. */
    private long fromPipeline(String videoId, String by) {
        long setId = newSet(videoId, 0, by);
        List<GeneratedSegment> segments = generated.of(videoId);
        List<CompanionVariant> lines = variants.of(videoId);
        LocalDateTime now = UtcTime.now();
        for (int index = 0; index < segments.size(); index++) {
            GeneratedSegment segment = segments.get(index);
            jdbc.sql("""
                    INSERT INTO question_set_segments (set_id, segment_index, start_seconds, end_seconds)
                    VALUES (?, ?, ?, ?)""").params(setId, index, segment.start(), segment.end()).update();
            for (GeneratedQuestion question : segment.questions()) {
                jdbc.sql("""
                                INSERT INTO question_set_questions (set_id, segment_index, question_type, question,
                                    answer, source, llm_ranking, original_question, original_answer, updated_at)
                                VALUES (?, ?, ?, ?, ?, 'ai', ?, ?, ?, ?)""")
                        .params(setId, index, QuestionTypes.normalise(question.category()), question.question(),
                                question.answer(), question.llmRank(), question.question(), question.answer(), now)
                        .update();
            }
            for (CompanionVariant line : lines) {
                if (line.start() == segment.start()) {
                    jdbc.sql("""
                                    INSERT INTO question_set_companion_lines (set_id, segment_index, companion,
                                        question_type, question, answer)
                                    VALUES (?, ?, ?, ?, ?, ?)""")
                            .params(setId, index, line.companion(), QuestionTypes.normalise(line.category()),
                                    line.question(), line.answer())
                            .update();
                }
            }
        }
        return setId;
    }
}

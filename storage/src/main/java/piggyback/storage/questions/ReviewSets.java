package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import piggyback.storage.UtcTime;
import piggyback.storage.videos.Videos;

/**
 * Expert review of a video's question sets: draft → in review → published. A video has at most
 * one working set; saving merges edits into it (fields left out keep their value) under an
 * optimistic revision check; publishing makes it the newest published version, which the kids
 * are served, and the next edit opens a new draft copied from it. Every write locks the video's
 * row, so saves and publishes of one video take turns.
 */
@Repository
public class ReviewSets {

    /** A version of the video's set, in a list of versions. */
    public record VersionSummary(int version, String status, int revision, String updatedBy, LocalDateTime updatedAt,
                                 String publishedBy, LocalDateTime publishedAt) {
    }

    private final JdbcClient jdbc;
    private final DraftOpener opener;
    private final EditApplier applier;
    private final ReviewSetReader reader;
    private final Videos videos;
    private final ApplicationEventPublisher events;

    ReviewSets(JdbcClient jdbc, DraftOpener opener, EditApplier applier, ReviewSetReader reader, Videos videos,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.videos = videos;
        this.opener = opener;
        this.applier = applier;
        this.reader = reader;
    }

    /**
     * The video's working set, made from the newest published version (or the pipeline's output)
     * when there is none.
     *
     * @throws IllegalArgumentException for an unknown video
     */
    @Transactional
    public ReviewSet working(String videoId, String by) {
        lockVideo(videoId);
        return reader.load(opener.open(videoId, by)).orElseThrow();
    }

    /** One version as it was saved or published. */
    public Optional<ReviewSet> version(String videoId, int version) {
        return jdbc.sql("SELECT set_id FROM question_sets WHERE video_id = ? AND version = ?")
                .params(videoId, version).query(Long.class).optional().flatMap(reader::load);
    }

    public List<VersionSummary> versions(String videoId) {
        return jdbc.sql("SELECT * FROM question_sets WHERE video_id = ? ORDER BY version")
                .param(videoId)
                .query((rs, n) -> new VersionSummary(rs.getInt("version"), rs.getString("status"),
                        rs.getInt("revision"),
                        rs.getString("updated_by"), rs.getObject("updated_at", LocalDateTime.class),
                        rs.getString("published_by"), rs.getObject("published_at", LocalDateTime.class)))
                .list();
    }

    /** The decisions made in a version, oldest first. */
    public List<Decision> decisions(String videoId, int version) {
        return jdbc.sql("""
                        SELECT d.* FROM question_set_decisions d JOIN question_sets s ON s.set_id = d.set_id
                        WHERE s.video_id = ? AND s.version = ? ORDER BY d.decision_id""")
                .params(videoId, version)
                .query((rs, n) -> new Decision(rs.getObject("segment_index", Integer.class), rs.getString("kind"),
                        rs.getString("subject"), rs.getString("previous_value"), rs.getString("new_value"),
                        rs.getString("decided_by"), rs.getObject("decided_at", LocalDateTime.class)))
                .list();
    }

    /**
     * Merges the edits into the working set; when anything changed, the set is in review at the
     * next revision.
     *
     * @param baseRevision the revision the edits were made on; null skips the check (clients of the
     *                     reference's shapes do not send one)
     * @throws StaleRevisionException   when the working set is at another revision
     * @throws IllegalArgumentException for an unknown video or an edit that cannot apply (nothing is saved)
     */
    @Transactional
    public ReviewSet save(String videoId, Integer baseRevision, List<SegmentEdit> edits, String by) {
        lockVideo(videoId);
        long setId = opener.open(videoId, by);
        ReviewSet set = reader.load(setId).orElseThrow();
        if (baseRevision != null && baseRevision != set.revision()) {
            throw new StaleRevisionException(baseRevision, set);
        }
        LocalDateTime now = UtcTime.now();
        boolean changed = false;
        for (SegmentEdit edit : edits) {
            // each edit sees what the ones before it wrote (two edits may name one segment)
            changed |= applier.apply(reader.load(setId).orElseThrow(), edit, by, now);
        }
        if (changed) {
            jdbc.sql("""
                    UPDATE question_sets SET status = 'in_review', revision = revision + 1, updated_by = ?,
                                             updated_at = ?
                    WHERE set_id = ?""").params(by, now, setId).update();
        }
        return reader.load(setId).orElseThrow();
    }

    /**
     * Saves the edits, then publishes the working set as the video's newest version: from then on
     * the kids are served it, and the next edit opens a new draft.
     *
     * @throws StaleRevisionException   when the working set is at another revision
     * @throws IllegalArgumentException for an unknown video or an edit that cannot apply (nothing is saved)
     */
    @Transactional
    public ReviewSet publish(String videoId, Integer baseRevision, List<SegmentEdit> edits, String by) {
        long setId = save(videoId, baseRevision, edits, by).setId();
        // a version published meanwhile by QuestionSets#publish may be higher than the draft's own number
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM question_sets WHERE video_id = ? AND set_id <> ?")
                .params(videoId, setId).query(Integer.class).single();
        LocalDateTime now = UtcTime.now();
        jdbc.sql("""
                UPDATE question_sets SET status = 'published', version = GREATEST(version, ?), revision = revision + 1,
                    updated_by = ?, updated_at = ?, published_by = ?, published_at = ?
                WHERE set_id = ?""").params(version + 1, by, now, by, now, setId).update();
        applier.decide(setId, null, "published", null, null, null, by, now);
        events.publishEvent(new QuestionSetPublished(videoId));
        return reader.load(setId).orElseThrow();
    }

    private void lockVideo(String videoId) {
        if (!videos.lockForUpdate(videoId)) {
            throw new IllegalArgumentException("unknown video " + videoId);
        }
    }
}

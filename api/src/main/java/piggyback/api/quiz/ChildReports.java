package piggyback.api.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import piggyback.api.web.Json;
import piggyback.storage.UtcTime;
import piggyback.storage.quiz.QuizAttempt;
import piggyback.storage.quiz.QuizAttempts;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/**
 * A child's progress report, and the expert's view of it narrowed to one video or
 * interaction mode, with the titles and lengths of the videos from the videos table.
 */
@Component
class ChildReports {

    static final int RECENT_VIDEOS = 4;
    static final int RECENT_VIDEOS_SCOPED = 6;
    /** Watching 90% of a video counts as finishing it, as the reference counts. */
    private static final double FINISHED_SHARE = 0.9;

    private final QuizAttempts attempts;
    private final Videos videos;

    ChildReports(QuizAttempts attempts, Videos videos) {
        this.attempts = attempts;
        this.videos = videos;
    }

    Map<String, Object> report(String childId) {
        List<QuizAttempt> all = attempts.ofChild(childId);
        VideoFacts facts = new VideoFacts();
        List<Map<String, Object>> recent = newestFirst(all, RECENT_VIDEOS).stream()
                .map(attempt -> recentVideo(attempt, facts)).toList();
        return body(childId, all, recent);
    }

    /**
     * @param videoId null for every video
     * @param mode    {@code all} or one interaction mode
     */
    Map<String, Object> scoped(String childId, String videoId, String mode) {
        List<QuizAttempt> chosen = attempts.ofChild(childId).stream()
                .filter(attempt -> videoId == null || videoId.equals(attempt.videoId()))
                .filter(attempt -> "all".equals(mode) || mode.equals(attempt.viewing().interactionMode()))
                .toList();
        VideoFacts facts = new VideoFacts();
        List<Map<String, Object>> recent = newestFirst(chosen, RECENT_VIDEOS_SCOPED).stream()
                .map(attempt -> scopedRecentVideo(attempt, facts)).toList();
        return body(childId, chosen, recent);
    }

    private static Map<String, Object> body(String childId, List<QuizAttempt> attempts,
                                            List<Map<String, Object>> recentVideos) {
        ReportFigures figures = ReportFigures.of(attempts);
        return Json.obj("success", true, "child_id", childId, "overall_score", figures.overallScore(),
                "total_attempts", figures.totalAttempts(), "total_correct", figures.totalCorrect(),
                "total_wrong", figures.totalWrong(), "total_questions_answered", figures.totalQuestionsAnswered(),
                "total_retries", figures.totalRetries(),
                "avg_retries_per_question", figures.avgRetriesPerQuestion(),
                "top_categories", figures.topCategories(), "recent_videos", recentVideos,
                "videos_watched", figures.totalAttempts(), "total_watch_minutes", figures.totalWatchMinutes());
    }

    private static Map<String, Object> recentVideo(QuizAttempt attempt, VideoFacts facts) {
        return Json.obj("video_id", attempt.videoId(), "video_title", facts.title(attempt.videoId()),
                "percentage", attempt.score().percentage(), "timestamp", UtcTime.iso(attempt.attemptedAt()));
    }

    private static Map<String, Object> scopedRecentVideo(QuizAttempt attempt, VideoFacts facts) {
        Map<String, Object> entry = recentVideo(attempt, facts);
        Double watched = attempt.viewing().watchMinutes();
        double watchMinutes = ReportFigures.round(watched == null ? 0 : watched, 1).doubleValue();
        double durationMinutes = facts.durationMinutes(attempt.videoId());
        Integer pauses = attempt.viewing().manualPauses();
        entry.put("interaction_mode", attempt.viewing().interactionMode());
        entry.put("watch_minutes", watchMinutes);
        entry.put("duration_minutes", durationMinutes);
        entry.put("finished", durationMinutes > 0 && watchMinutes >= durationMinutes * FINISHED_SHARE);
        entry.put("manual_pauses", pauses == null ? 0 : pauses);
        return entry;
    }

    private static List<QuizAttempt> newestFirst(List<QuizAttempt> attempts, int count) {
        List<QuizAttempt> newest = new ArrayList<>(attempts.subList(Math.max(0, attempts.size() - count),
                attempts.size()));
        Collections.reverse(newest);
        return newest;
    }

    /** The videos a report names, each looked up once. */
    private final class VideoFacts {

        private final Map<String, Optional<Video>> known = new HashMap<>();

        String title(String videoId) {
            return video(videoId).map(Video::title).filter(title -> !title.isBlank()).orElse(videoId);
        }

        /** The length in minutes to one decimal; 0 when unknown. */
        double durationMinutes(String videoId) {
            return video(videoId).map(Video::durationSeconds)
                    .map(seconds -> ReportFigures.round(seconds / 60, 1).doubleValue()).orElse(0.0);
        }

        private Optional<Video> video(String videoId) {
            return known.computeIfAbsent(videoId, videos::find);
        }
    }
}

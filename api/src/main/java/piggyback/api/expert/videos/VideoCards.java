package piggyback.api.expert.videos;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import piggyback.api.media.links.DownloadPaths;
import piggyback.api.media.links.VideoThumbnails;
import piggyback.api.web.Json;
import piggyback.storage.questions.ReviewOverview;
import piggyback.storage.videos.Assignment;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/**
 * The video items of the expert lists ({@code GET /api/expert/videos}): every video whose
 * source is stored, with its AI question count and where its review stands.
 */
@Component
class VideoCards {

    private final Videos videos;
    private final Assignments assignments;
    private final ReviewOverview overview;
    private final VideoThumbnails thumbnails;

    VideoCards(Videos videos, Assignments assignments, ReviewOverview overview, VideoThumbnails thumbnails) {
        this.videos = videos;
        this.assignments = assignments;
        this.overview = overview;
        this.thumbnails = thumbnails;
    }

    /** The shared list of {@code /api/videos-list}. */
    List<Map<String, Object>> all() {
        Map<String, ReviewOverview.State> states = overview.all();
        return videos.withStoredSource().stream().map(video -> card(video, states)).toList();
    }

    /**
     * Every processed video for this expert (docs/decisions/0009-who-may-call-what.md): whether it is the
     * expert's, how many experts have it, and whether someone else does.
     */
    List<Map<String, Object>> forExpert(String expertId) {
        Map<String, ReviewOverview.State> states = overview.all();
        Map<String, List<Assignment>> byVideo = byVideo();
        return videos.withStoredSource().stream().map(video -> {
            List<Assignment> holders = byVideo.getOrDefault(video.videoId(), List.of());
            boolean mine = holders.stream().anyMatch(a -> a.expertId().equals(expertId));
            Map<String, Object> card = card(video, states);
            card.put("assigned_to_me", mine);
            card.put("assigned_expert_count", holders.size());
            card.put("claimed_by_other", holders.stream().anyMatch(a -> !a.expertId().equals(expertId)));
            card.put("assignment_source", holders.stream().filter(a -> a.expertId().equals(expertId))
                    .map(Assignment::assignmentSource).findFirst().orElse(null));
            return card;
        }).toList();
    }

    /** Processed videos no expert has ({@code available}). */
    List<Map<String, Object>> unclaimed() {
        Set<String> held = byVideo().keySet();
        return videos.withStoredSource().stream().filter(video -> !held.contains(video.videoId()))
                .map(video -> Json.obj("id", video.videoId(), "title", title(video))).toList();
    }

    private Map<String, List<Assignment>> byVideo() {
        return assignments.all().stream().collect(Collectors.groupingBy(Assignment::videoId));
    }

    private Map<String, Object> card(Video video, Map<String, ReviewOverview.State> states) {
        ReviewOverview.State state = ReviewOverview.of(states, video.videoId());
        String id = video.videoId();
        String thumbnail = thumbnails.of(video);
        return Json.obj("id", id, "title", title(video), "thumbnail", thumbnail == null ? "" : thumbnail,
                "duration", video.durationSeconds() == null ? 0 : video.durationSeconds(),
                "videoUrl", DownloadPaths.of(id, MediaKeys.source(id)),
                "questionCount", state.aiQuestions(),
                "review_status", state.workingStatus(),
                "published_version", state.publishedVersion());
    }

    /** A missing title falls back to the id (the reference showed an empty card). */
    private static String title(Video video) {
        return video.title() == null || video.title().isBlank() ? video.videoId() : video.title();
    }
}

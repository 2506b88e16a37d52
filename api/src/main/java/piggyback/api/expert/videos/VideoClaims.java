package piggyback.api.expert.videos;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.videos.Assignment;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;

/**
 * Claiming (docs/decisions/0009-who-may-call-what.md): an expert may take a video nobody has; a video held
 * by another expert is refused rather than shared silently; unclaiming gives up the caller's own.
 */
@Service
class VideoClaims {

    static final String CLAIM = "expert_claim";

    private final Videos videos;
    private final Assignments assignments;

    VideoClaims(Videos videos, Assignments assignments) {
        this.videos = videos;
        this.assignments = assignments;
    }

    /** @return whether a new claim was made (false when the video already was the caller's) */
    @Transactional
    boolean claim(String expertId, String rawVideoId) {
        String videoId = knownVideo(rawVideoId);
        // the video row lock makes two experts claiming at once take turns, so only one wins
        videos.lockForUpdate(videoId);
        if (assignments.isAssigned(videoId, expertId)) {
            assignments.assign(videoId, expertId, sourceOf(videoId, expertId));
            return false;
        }
        if (!assignments.ofVideo(videoId).isEmpty()) {
            throw ApiException.conflict("Video is already claimed by another expert");
        }
        assignments.assign(videoId, expertId, CLAIM);
        return true;
    }

    @Transactional
    void unclaim(String expertId, String rawVideoId) {
        String videoId = knownVideo(rawVideoId);
        if (!assignments.remove(videoId, expertId)) {
            throw ApiException.forbidden("Video is not assigned to this expert");
        }
    }

    private String sourceOf(String videoId, String expertId) {
        return assignments.ofVideo(videoId).stream().filter(a -> a.expertId().equals(expertId))
                .map(Assignment::assignmentSource).findFirst().orElse(CLAIM);
    }

    private String knownVideo(String raw) {
        String videoId = raw == null ? "" : raw.trim();
        if (videoId.isEmpty()) {
            throw ApiException.badRequest("video_id is required");
        }
        if (!Ids.isVideoId(videoId) || !videos.exists(videoId)) {
            throw ApiException.notFound("Video not found");
        }
        return videoId;
    }
}

package piggyback.api.expert.review;

import org.springframework.stereotype.Component;

import piggyback.api.security.Caller;
import piggyback.api.security.Role;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;

/**
 * The "expert+video" guard of the review routes: the caller is an expert, the video exists and is
 * assigned to (or claimed by) that expert. Access is never created here: claiming does that.
 */
@Component
class ReviewAccess {

    private final Videos videos;
    private final Assignments assignments;

    ReviewAccess(Videos videos, Assignments assignments) {
        this.videos = videos;
        this.assignments = assignments;
    }

    /**
     * The trimmed video id the expert may review.
     *
     * @param requiredMessage the route's message for a missing id (the reference's own per route)
     */
    String video(Caller caller, String rawVideoId, String requiredMessage) {
        String videoId = rawVideoId == null ? "" : rawVideoId.trim();
        if (videoId.isEmpty()) {
            throw ApiException.badRequest(requiredMessage);
        }
        if (!Ids.isVideoId(videoId) || !videos.exists(videoId)) {
            throw ApiException.notFound("Video not found");
        }
        if (caller.role() != Role.EXPERT) {
            throw ApiException.forbidden("Expert login required");
        }
        if (!assignments.isAssigned(videoId, caller.accountId())) {
            throw ApiException.forbidden("Video is not assigned to this expert");
        }
        return videoId;
    }

    String video(Caller caller, String rawVideoId) {
        return video(caller, rawVideoId, "video_id is required");
    }
}

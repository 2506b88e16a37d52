package piggyback.api.admin.videos;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import piggyback.api.audit.AdminAudit;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.UtcTime;
import piggyback.storage.experts.Experts;
import piggyback.storage.videos.Assignment;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;

/** Admin changes to who reviews which video (unknown experts are a 404, not a 500). */
@Service
class VideoAssignments {

    record Change(String videoId, String expertId, String op) {
    }

    /** The Assignment shape the admin's video routes answer. */
    record AssignmentView(String videoId, String expertId, String assignmentSource, String assignedAt,
                          String updatedAt, String expertName) {
    }

    private final Assignments assignments;
    private final Videos videos;
    private final Experts experts;
    private final AdminAudit audit;

    VideoAssignments(Assignments assignments, Videos videos, Experts experts, AdminAudit audit) {
        this.assignments = assignments;
        this.videos = videos;
        this.experts = experts;
        this.audit = audit;
    }

    List<AssignmentView> of(String videoId) {
        return assignments.ofVideo(videoId).stream().map(VideoAssignments::view).toList();
    }

    /** {@code op} is optional (the seed has no such field) and defaults to add. */
    @Transactional
    Change change(JsonBody body) {
        String videoId = body.text("video_id", Limits.ID + 1);
        videoId = videoId == null ? "" : videoId.trim();
        if (videoId.isEmpty()) {
            throw ApiException.badRequest("video_id is required");
        }
        String expertId = Ids.normaliseAccountId(body.text("expert_id", Limits.FIELD));
        if (expertId.isEmpty()) {
            throw ApiException.badRequest("expert_id is required");
        }
        String op = body.text("op", Limits.FIELD);
        op = op == null ? "add" : op.trim().toLowerCase(Locale.ROOT);
        if (!op.equals("add") && !op.equals("remove")) {
            throw ApiException.badRequest("op must be 'add' or 'remove'");
        }
        if (!Ids.isVideoId(videoId) || !videos.exists(videoId)) {
            throw ApiException.notFound("video not found");
        }
        if (op.equals("add")) {
            if (!experts.exists(expertId)) {
                throw ApiException.notFound("expert not found");
            }
            assignments.assign(videoId, expertId, "admin");
        } else {
            assignments.remove(videoId, expertId);
        }
        audit.record("video.assignment_" + op, "video", videoId, "expert=" + expertId);
        return new Change(videoId, expertId, op);
    }

    private static AssignmentView view(Assignment a) {
        return new AssignmentView(a.videoId(), a.expertId(), a.assignmentSource(), UtcTime.iso(a.assignedAt()),
                UtcTime.iso(a.updatedAt()), a.expertName());
    }
}

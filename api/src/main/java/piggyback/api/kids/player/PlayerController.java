package piggyback.api.kids.player;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.kids.ChildAccess;
import piggyback.api.kids.questions.Companion;
import piggyback.api.kids.questions.KidSegment;
import piggyback.api.kids.questions.QuestionSelection;
import piggyback.api.kids.videos.VideoScope;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.api.web.Json;
import piggyback.storage.children.Child;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.questions.QuestionSets;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;

/**
 * What the children's player needs to play one video for one child (beyond the seed): the child's
 * interaction mode, where the video and its captions are, and the questions of the newest
 * published set in the companion's words, each with its {@code question_id} and its pre-rendered
 * speech, but never its answer: the player grades by {@code question_id} ({@code /api/check_answer}).
 * The child must be one the session may see, and the video one of its expert's
 * (docs/decisions/0009-who-may-call-what.md).
 */
@RestController
@Tag(name = "kids")
class PlayerController {

    private final ChildAccess access;
    private final Assignments assignments;
    private final Videos videos;
    private final MediaStore store;
    private final QuestionSets questionSets;
    private final PreRenderedSpeech speech;
    private final Cues cues;
    private final VideoScope scope;

    PlayerController(ChildAccess access, Assignments assignments, Videos videos, MediaStore store,
                     QuestionSets questionSets, PreRenderedSpeech speech, Cues cues, VideoScope scope) {
        this.access = access;
        this.assignments = assignments;
        this.videos = videos;
        this.store = store;
        this.questionSets = questionSets;
        this.speech = speech;
        this.cues = cues;
        this.scope = scope;
    }

    @GetMapping("/api/play/{videoId}")
    @Operation(summary = "The player's view of a video for a child: mode, media, questions without answers")
    Map<String, Object> player(@CurrentCaller Caller caller, @PathVariable String videoId,
                               @RequestParam(name = "child_id", required = false) String childId,
                               @RequestParam(required = false) String companion) {
        String id = validVideoId(videoId);
        if (childId == null || childId.isBlank()) {
            throw ApiException.badRequest("child_id is required");
        }
        Companion chosen = Companion.fromQuery(companion);
        Companion voice = chosen == null ? Companion.BUNNY : chosen;
        Child child = access.activeChild(caller, childId);
        access.requireChildsVideo(child, id);
        Video video = videos.find(id).filter(found -> store.exists(MediaKeys.source(id)))
                .orElseThrow(() -> ApiException.notFound("Video not found"));
        var published = questionSets.newestPublished(id);
        PreRenderedSpeech.Lookup spoken = speech.of(id, voice);
        List<Map<String, Object>> questions = published
                .map(set -> QuestionSelection.select(set.segments(), voice)).orElse(List.of()).stream()
                // without its question_id a question could only be graded with the answer on the page
                .filter(asked -> asked.questionId() != null)
                .map(asked -> question(asked, spoken))
                .toList();
        return Json.obj("success", true,
                "child", Json.obj("child_id", child.childId(), "first_name", child.firstName(),
                        "icon_key", child.iconKey(), "interaction_mode", child.interactionMode()),
                "companion", voice.key(),
                "video", Json.obj("video_id", id, "title", video.title() == null || video.title().isBlank()
                                ? id : video.title(),
                        "duration_seconds", video.durationSeconds(),
                        "source", "/downloads/" + id + "/source.mp4",
                        "captions", cues.count(id) > 0 ? "/api/play/" + id + "/captions.vtt" : null),
                "questions_published", published.isPresent(),
                "questions", questions);
    }

    @GetMapping("/api/play/{videoId}/captions.vtt")
    @Operation(summary = "A video's captions as WebVTT, from its subtitles or its transcribed sound")
    ResponseEntity<String> captions(@CurrentCaller Caller caller, @PathVariable String videoId) {
        String id = validVideoId(videoId);
        if (!scope.of(caller).contains(id)) {
            throw ApiException.forbidden("You may not open this video's captions");
        }
        if (!videos.exists(id)) {
            throw ApiException.notFound("Video not found");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "vtt", StandardCharsets.UTF_8))
                .body(CaptionsVtt.of(cues.of(id)));
    }

    private static Map<String, Object> question(KidSegment asked, PreRenderedSpeech.Lookup spoken) {
        return Json.obj("question_id", asked.questionId(),
                "segment_range_start", asked.segmentRangeStart(), "segment_range_end", asked.segmentRangeEnd(),
                "question", asked.question(), "question_type", asked.questionType(),
                "speech", spoken.speechOf(asked).orElse(null));
    }

    private static String validVideoId(String videoId) {
        String id = videoId.trim();
        if (!Ids.isVideoId(id)) {
            throw ApiException.badRequest("video_id is invalid");
        }
        return id;
    }
}

package piggyback.api.media;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.kids.videos.VideoScope;
import piggyback.api.security.Role;
import piggyback.api.security.Caller;
import piggyback.api.security.CurrentCaller;
import piggyback.api.web.ApiException;
import piggyback.api.web.Ids;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;

/**
 * {@code /downloads/<videoId>/<file>} of the reference (docs/decisions/0011-no-question-files.md),
 * streamed from the object store after an authorisation check: children get the video, its thumbnail and
 * the companions' pre-rendered speech ({@code tts/<companion>/<segment>-<type>.mp3}), reviewers
 * everything. One byte range is served so a player can seek ({@link ByteRange}).
 */
@RestController
@Tag(name = "media")
class DownloadsController {

    private static final Pattern FILE = Pattern.compile("^(source\\.mp4|thumbnail\\.jpg|info\\.json|subtitles/en\\.vtt|frames/\\d{1,6}\\.jpg"
            + "|tts/(plain|bunny|pig|alligator)/\\d{1,6}-[a-z]{1,20}\\.mp3)$");

    private final MediaStore store;
    private final VideoScope scope;

    DownloadsController(MediaStore store, VideoScope scope) {
        this.store = store;
        this.scope = scope;
    }

    @GetMapping({"/downloads/{videoId}/{file}", "/downloads/{videoId}/{folder}/{file}",
            "/downloads/{videoId}/{folder}/{subfolder}/{file}"})
    @Operation(summary = "Stream a video's file (video, thumbnail, frames, subtitles, speech) from the store")
    ResponseEntity<StreamingResponseBody> download(@CurrentCaller Caller caller, @PathVariable String videoId,
                                                   @PathVariable(required = false) String folder,
                                                   @PathVariable(required = false) String subfolder,
                                                   @PathVariable String file,
                                                   @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        String name = folder == null ? file : subfolder == null ? folder + "/" + file
                : folder + "/" + subfolder + "/" + file;
        if (!Ids.isVideoId(videoId) || !FILE.matcher(name).matches()) {
            throw ApiException.notFound("Not Found");
        }
        boolean forChildren = name.equals("source.mp4") || name.equals("thumbnail.jpg") || name.startsWith("tts/");
        // children may watch their videos; review material is for admins and assigned experts
        boolean reviewer = caller.role() == Role.ADMIN || caller.role() == Role.EXPERT;
        if (!scope.maySee(caller, videoId) || !forChildren && !reviewer) {
            throw ApiException.forbidden("You may not open this video's files");
        }
        String key = MediaKeys.prefix(videoId) + name;
        StoredObject object = store.stat(key).orElseThrow(() -> ApiException.notFound("Not Found"));
        return respond(key, object, range);
    }

    private ResponseEntity<StreamingResponseBody> respond(String key, StoredObject object, String range) {
        long size = object.size();
        MediaType type = typeOf(key);
        Optional<ByteRange> part = ByteRange.of(range, size);
        if (part.isEmpty()) {
            return ResponseEntity.ok().contentType(type).contentLength(size)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .body(out -> copy(store.get(key), out));
        }
        ByteRange bytes = part.get();
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).contentType(type).contentLength(bytes.length())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + bytes.first() + "-" + bytes.last() + "/" + size)
                .body(out -> copy(store.get(key, bytes.first(), bytes.length()), out));
    }

    private static void copy(InputStream in, java.io.OutputStream out) throws java.io.IOException {
        try (in) {
            in.transferTo(out);
        }
    }

    private static MediaType typeOf(String key) {
        if (key.endsWith(".mp4")) {
            return MediaType.parseMediaType("video/mp4");
        }
        if (key.endsWith(".jpg")) {
            return MediaType.IMAGE_JPEG;
        }
        if (key.endsWith(".mp3")) {
            return MediaType.parseMediaType("audio/mpeg");
        }
        if (key.endsWith(".vtt")) {
            return MediaType.parseMediaType("text/vtt");
        }
        return MediaType.APPLICATION_JSON;
    }
}

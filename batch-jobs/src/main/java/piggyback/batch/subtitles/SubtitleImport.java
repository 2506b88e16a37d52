package piggyback.batch.subtitles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.springframework.stereotype.Service;

import piggyback.batch.download.DownloadError;
import piggyback.batch.download.DownloadFailure;
import piggyback.batch.download.SourceUrl;
import piggyback.batch.download.SubtitleDownload;
import piggyback.batch.download.VideoDownloader;
import piggyback.batch.download.WorkFolder;
import piggyback.batch.speech.TranscriptionFailedException;
import piggyback.batch.speech.UnusableAudioException;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * The subtitles step's work (docs/architecture.md#the-job-graph), also run by the synchronous routes: the video's
 * English WebVTT subtitles go to {@code videos/<id>/subtitles/en.vtt} and its cues replace the
 * video's cues at once. Subtitles are never fatal (a video without them still gets frames and
 * questions): when there are none, the video gets no cues and a subtitle warning. Stored subtitles are
 * reused, so a re-run fetches nothing.
 */
@Service
public class SubtitleImport {

    public static final String NO_SUBTITLES = "No English subtitles were found for this video.";
    public static final String TRANSCRIBED = "No English subtitles were found; the cues were transcribed from the sound.";
    /** Subtitles of a feature film are well under 1 MB; anything far bigger is not subtitles. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final VideoDownloader downloader;
    private final MediaStore store;
    private final Cues cues;
    private final Videos videos;
    private final AudioTranscription transcription;

    SubtitleImport(VideoDownloader downloader, MediaStore store, Cues cues, Videos videos,
                   AudioTranscription transcription) {
        this.downloader = downloader;
        this.store = store;
        this.cues = cues;
        this.videos = videos;
        this.transcription = transcription;
    }

    /**
     * @param url           where the video came from, or null for an uploaded video
     * @param playerClient  the player clients that downloaded it, or empty
     */
    public SubtitleOutcome importFor(String videoId, SourceUrl url, List<String> playerClient) {
        String key = MediaKeys.subtitles(videoId);
        Subtitles subtitles = store.exists(key) ? new Subtitles(store.getBytes(key), null)
                : url == null ? new Subtitles(null, null)
                : fetch(videoId, url, playerClient);
        List<Cue> parsed = subtitles.vtt() == null ? List.of()
                : WebVttParser.parse(new String(subtitles.vtt(), StandardCharsets.UTF_8));
        String warning = subtitles.warning() != null ? subtitles.warning() : parsed.isEmpty() ? NO_SUBTITLES : null;
        if (parsed.isEmpty()) {
            Heard heard = listen(videoId);
            parsed = heard.cues();
            warning = heard.warning() != null ? warning + " " + heard.warning() : parsed.isEmpty() ? warning : TRANSCRIBED;
        }
        cues.replace(videoId, parsed);
        videos.setSubtitleWarning(videoId, warning);
        return new SubtitleOutcome(parsed.size(), warning, subtitles.vtt() != null);
    }

    private record Subtitles(byte[] vtt, String warning) {
    }

    private record Heard(List<Cue> cues, String warning) {
    }

    /** No subtitles: the cues come from the sound track, when there is one to hear. */
    private Heard listen(String videoId) {
        try {
            return new Heard(transcription.cuesOf(videoId), null);
        } catch (UnusableAudioException silent) {
            return new Heard(List.of(), null);
        } catch (TranscriptionFailedException failed) {
            return new Heard(List.of(), "Transcribing the sound failed: " + failed.getMessage());
        }
    }

    private Subtitles fetch(String videoId, SourceUrl url, List<String> playerClient) {
        try (WorkFolder folder = WorkFolder.create("pb-subtitles-")) {
            SubtitleDownload download = downloader.fetchSubtitles(url, folder.path(), playerClient);
            if (download.vtt() == null) {
                return new Subtitles(null, download.warning());
            }
            if (Files.size(download.vtt()) > MAX_BYTES) {
                return new Subtitles(null, "The subtitles file is larger than 10 MB and was not used.");
            }
            byte[] vtt = Files.readAllBytes(download.vtt());
            store.put(MediaKeys.subtitles(videoId), vtt, "text/vtt");
            return new Subtitles(vtt, download.warning());
        } catch (IOException e) {
            throw new DownloadFailure(DownloadError.UNEXPECTED_ERROR, "Unexpected error: " + e.getMessage(),
                    DownloadError.UNEXPECTED_ERROR.hint(), e);
        }
    }
}

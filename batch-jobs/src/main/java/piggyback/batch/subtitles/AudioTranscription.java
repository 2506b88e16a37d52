package piggyback.batch.subtitles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.batch.speech.SoundTrack;
import piggyback.batch.speech.Transcriber;
import piggyback.storage.cues.Cue;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;

/**
 * Cues heard in a video's sound track, for a video with no subtitles (docs/architecture.md#the-job-graph): the
 * track is cut into windows and each window's transcript becomes one cue, so the questions still
 * have a transcript to work from.
 */
@Component
class AudioTranscription {

    /** Short enough to place the words in time, long enough to hold whole sentences. */
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final MediaStore store;
    private final Transcriber transcriber;

    AudioTranscription(MediaStore store, Transcriber transcriber) {
        this.store = store;
        this.transcriber = transcriber;
    }

    /**
     * @throws piggyback.batch.speech.UnusableAudioException when the video has no sound to hear
     * @throws piggyback.batch.speech.TranscriptionFailedException when the recogniser fails
     */
    List<Cue> cuesOf(String videoId) {
        Path copy = null;
        try (InputStream source = store.get(MediaKeys.source(videoId))) {
            copy = Files.createTempFile("pb-sound-" + videoId + "-", ".mp4");
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            List<Cue> cues = new ArrayList<>();
            SoundTrack.windows(copy, WINDOW, window -> {
                String heard = transcriber.transcribe(window.recording()).trim();
                if (!heard.isEmpty()) {
                    cues.add(new Cue(window.startMs(), window.endMs(), heard));
                }
            });
            return cues;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the video " + videoId + " from the store", e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }
}

package piggyback.api.kids.player;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.browser.BrowserTest;
import piggyback.batch.subtitles.WebVttParser;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.questions.QuestionSets;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * A test of the children's player in Chromium: a fake microphone plays {@link #microphone()} in a
 * loop, and the test clip can be stored as a video of an expert.
 */
abstract class PlayerPageTest extends BrowserTest {

    @Autowired
    Videos videos;
    @Autowired
    Assignments assignments;
    @Autowired
    MediaStore store;
    @Autowired
    Cues cues;
    @Autowired
    QuestionSets questionSets;

    /** The WAV file the fake microphone hears. */
    abstract Path microphone();

    @Override
    protected String[] chromiumSwitches() {
        return new String[] {"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + microphone(), "--autoplay-policy=no-user-gesture-required"};
    }

    /** The test clip (a few seconds of pictures and speech) stored as the video's source, with its captions and thumbnail. */
    String storedVideo(String expertId, String title) throws IOException {
        String videoId = "vid_" + unique();
        Path clip = VideoFixtures.media().mp4();
        videos.upsert(videoId, "upload", null, title, null, null);
        store.putFile(MediaKeys.source(videoId), clip, "video/mp4");
        store.put(MediaKeys.thumbnail(videoId), thumbnailJpeg(), "image/jpeg");
        videos.recordSource(videoId, Files.size(clip), null, 4.5, 25.0);
        cues.replace(videoId, WebVttParser.parse(VideoFixtures.SUBTITLES));
        assignments.assign(videoId, expertId, "admin");
        return videoId;
    }
}

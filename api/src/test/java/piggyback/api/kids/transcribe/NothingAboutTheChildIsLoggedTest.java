package piggyback.api.kids.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jakarta.servlet.ServletContext;
import piggyback.api.ApiClient;
import piggyback.api.ApiTest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Assignments;
import piggyback.storage.videos.Videos;
import piggyback.testing.SpeechFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole quiz as a child's device makes it (sign in, pick the child, open the video, speak an
 * answer, have it graded, save the attempt, read the report), with every log line captured: none
 * holds the child's name, what it said or what was heard, and the recording left nothing in the
 * store or on disk.
 */
@ExtendWith(OutputCaptureExtension.class)
class NothingAboutTheChildIsLoggedTest extends ApiTest {

    private static final String NAME = "Zephyrine";
    private static final String SAID = "marmalade elephants";

    @Autowired
    private MediaStore store;
    @Autowired
    private ServletContext servletContext;
    @Autowired
    private Videos videos;
    @Autowired
    private Assignments assignments;

    @Test
    void aWholeQuizLeavesNoWordOfTheChildInTheLogs(CapturedOutput output) throws Exception {
        String code = "fam-" + unique();
        String expertId = newExpert("pw-" + unique());
        String childId = newChild(expertId, newParent(code), NAME);
        String videoId = "v" + unique();
        videos.upsert(videoId, "youtube", null, "Kites", null, 60.0);
        assignments.assign(videoId, expertId, "admin");
        int objectsBefore = store.list("").size();
        int logBefore = output.length();

        ApiClient device = learner(code);
        device.get("/api/learners/children").expect(200);
        device.get("/api/learners/children/" + childId + "/videos").expect(200);
        device.get("/api/play/" + videoId + "?child_id=" + childId);
        HttpResponse<String> heard = AudioUpload.post(port, device,
                SpeechFixtures.convert(SpeechFixtures.spokenWav(SpeechFixtures.RECOGNISED_PHRASE), "webm"), "audio/webm");
        String transcript = JsonMapper.builder().build().readTree(heard.body()).path("text").asString();
        device.postJson("/api/check_answer", Map.of("expected", "three dogs", "user", transcript,
                "question", "How many dogs?")).expect(200);
        device.postJson("/api/check_answer", Map.of("expected", "a red kite", "user", SAID,
                "question", "What flew away?")).expect(200);
        device.postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId, "score_data", Map.of(
                "total", 2, "correct", 1, "wrong", 1, "percentage", 50, "total_retries", 0,
                "avg_retries_per_question", 0, "details", List.of(
                        Map.of("question", "How many dogs?", "expectedAnswer", "three dogs", "userAnswer", transcript,
                                "status", "correct", "similarity", 1.0),
                        Map.of("question", "What flew away?", "expectedAnswer", "a red kite", "userAnswer", SAID,
                                "status", "wrong", "similarity", 0.1))))).expect(200);
        device.get("/api/learners/children/" + childId + "/report").expect(200);
        // a malformed save must not echo the body into a log either
        device.postJson("/api/save-quiz-score", Map.of("child_id", childId, "video_id", videoId,
                "score_data", Map.of("total", SAID + " " + NAME))).expect(400);

        String logged = output.toString().substring(logBefore);
        assertThat(transcript).contains("dogs");
        assertThat(logged).doesNotContainIgnoringCase(NAME).doesNotContainIgnoringCase(SAID)
                .doesNotContainIgnoringCase(transcript);
        assertThat(store.list("")).hasSize(objectsBefore);
        Path tomcatTemp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        try (Stream<Path> files = Files.walk(tomcatTemp)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}

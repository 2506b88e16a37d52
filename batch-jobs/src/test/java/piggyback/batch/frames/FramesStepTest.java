package piggyback.batch.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.batch.BatchTest;
import piggyback.storage.cues.Cue;
import piggyback.storage.cues.Cues;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/** The frames step on a real video in the store, with exact row and object counts. */
class FramesStepTest extends BatchTest {

    @TempDir
    Path dir;

    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("framesStep")
    Step framesStep;
    @Autowired
    MediaStore store;
    @Autowired
    Videos videos;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cues cues;

    @Test
    void everySecondBecomesOneStoredJpegAndOneRowWithItsSubtitle() throws Exception {
        String video = storedVideo(45);

        JobExecution execution = run(video);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(store.list(MediaKeys.framesPrefix(video))).hasSize(45);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM frames WHERE video_id = ?").param(video).query(Integer.class).single())
                .isEqualTo(45);
        assertThat(jdbc.sql("SELECT subtitle_text FROM frames WHERE video_id = ? AND second = 7").param(video)
                .query(String.class).single()).isEqualTo("line 7");
        assertThat(videos.find(video).orElseThrow().frameCount()).isEqualTo(45);
        assertThat(execution.getStepExecutions().iterator().next().getWriteCount()).isEqualTo(45);
    }

    @Test
    void runningAgainOverwritesInsteadOfDuplicating() throws Exception {
        String video = storedVideo(12);
        run(video);

        JobExecution again = run(video);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(store.list(MediaKeys.framesPrefix(video))).hasSize(12);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM frames WHERE video_id = ?").param(video).query(Integer.class).single())
                .isEqualTo(12);
    }

    @Test
    void aVideoThatCannotBeDecodedFailsTheStepWithTheReason() throws Exception {
        String video = "vid_" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(video, "upload", null, "Broken", null, 3.0);
        store.put(MediaKeys.source(video), "not a video at all".getBytes(), "video/mp4");

        JobExecution execution = run(video);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription())
                .contains("cannot open the video");
        assertThat(store.list(MediaKeys.framesPrefix(video))).isEmpty();
    }

    private String storedVideo(int seconds) throws Exception {
        String video = "vid_" + UUID.randomUUID().toString().substring(0, 8);
        Path file = ColourSecondsVideo.write(dir.resolve(video + ".mp4"), seconds, 5, 96, 64);
        videos.upsert(video, "upload", null, "Colours", null, (double) seconds);
        store.put(MediaKeys.source(video), Files.readAllBytes(file), "video/mp4");
        List<Cue> lines = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            lines.add(new Cue(second * 1000L, second * 1000L + 1000, "line " + second));
        }
        cues.replace(video, lines);
        return video;
    }

    private JobExecution run(String video) throws Exception {
        Job job = new JobBuilder("framesOnly", jobRepository).start(framesStep).build();
        return jobOperator.start(job, new JobParametersBuilder().addString("video_id", video)
                .addString("run", UUID.randomUUID().toString()).toJobParameters());
    }
}

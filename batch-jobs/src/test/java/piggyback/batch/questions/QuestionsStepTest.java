package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import piggyback.batch.IngestParameters;
import piggyback.batch.OnlineBatchTest;
import piggyback.batch.PipelineFixtures;
import piggyback.batch.TestJobs;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Videos;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.FakeOpenAi.Reply;

/**
 * questionsStep and companionsStep in a job, on the rows and frames the earlier steps leave: a
 * 60-second video in 20-second segments, so three segments with frames and the trailing
 * one-second segment without. Then a run that fails in one partition, and its restart.
 */
class QuestionsStepTest extends OnlineBatchTest {

    /** A reply of the companion model for every category of {@link QuestionRepliesTest#REPLY}. */
    static final String COMPANION_REPLY = "```json\n" + companionReply() + "\n```";

    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier(TestJobs.QUESTIONS_AND_COMPANIONS)
    Job job;
    @Autowired
    Videos videos;
    @Autowired
    Frames frames;
    @Autowired
    MediaStore store;

    private String videoId;

    @BeforeEach
    void aMinuteOfVideoWithFramesAndSubtitles() {
        PipelineFixtures fixtures = new PipelineFixtures(videos, frames, store);
        videoId = fixtures.video(60.0);
        fixtures.frames(videoId, 0, 59, second -> "Line " + (second / 5) + " of the story.");
    }

    @Test
    void everySegmentGetsItsRowItsQuestionsAndTheirCompanionLines() throws Exception {
        openAi.enqueue(FakeOpenAi.CHAT, questionReplies(3));
        openAi.enqueue(FakeOpenAi.CHAT, companionReplies(3));

        JobExecution execution = jobOperator.start(job, parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = ?", videoId)).isEqualTo(4);
        assertThat(jdbc.sql("SELECT start_second FROM segments WHERE video_id = ? AND status = 'generated' ORDER BY 1")
                .param(videoId).query(Integer.class).list()).containsExactly(0, 20, 40);
        assertThat(jdbc.sql("""
                SELECT CONCAT(end_second, ' ', status, ' ', error_reason, ' ', attempts, ' ', generator)
                FROM segments WHERE video_id = ? AND start_second = 60""").param(videoId).query(String.class).single())
                .isEqualTo("60 failed no_frames_in_segment 0 openai:gpt-4o-mini");
        assertThat(count("SELECT COUNT(*) FROM generated_questions WHERE video_id = ?", videoId)).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", videoId)).isEqualTo(63);
        assertThat(count("""
                SELECT COUNT(*) FROM companion_variants v JOIN generated_questions q ON q.video_id = v.video_id
                  AND q.start_second = v.start_second AND q.category = v.category
                WHERE v.video_id = ? AND v.answer = q.answer AND v.generator = 'openai:gpt-4o-mini'""", videoId))
                .isEqualTo(63);
        assertThat(jdbc.sql("SELECT best_question FROM segments WHERE video_id = ? AND start_second = 20")
                .param(videoId).query(String.class).single()).isEqualTo("Where are they?");
        assertThat(questionRequests()).isEqualTo(3);
        assertThat(openAi.requests(FakeOpenAi.CHAT)).hasSize(6);
        assertThat(workerRuns()).containsExactlyInAnyOrder("questionsWorker:segment-0 COMPLETED",
                "questionsWorker:segment-20 COMPLETED", "questionsWorker:segment-40 COMPLETED",
                "questionsWorker:segment-60 COMPLETED");
    }

    @Test
    void aSegmentWhoseCompanionReplyIsUnusableIsSkippedAndTheOthersAreWritten() throws Exception {
        openAi.enqueue(FakeOpenAi.CHAT, questionReplies(3));
        openAi.enqueue(FakeOpenAi.CHAT, Reply.chat("Sorry, I cannot help with that."));
        openAi.enqueue(FakeOpenAi.CHAT, companionReplies(2));

        JobExecution execution = jobOperator.start(job, parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", videoId)).isEqualTo(42);
        assertThat(execution.getStepExecutions()).filteredOn(step -> step.getStepName().equals("companions"))
                .singleElement().satisfies(step -> {
                    assertThat(step.getProcessSkipCount()).isEqualTo(1);
                    assertThat(step.getWriteCount()).isEqualTo(2);
                });
    }

    @Test
    void aRestartRunsOnlyThePartitionsThatDidNotCompleteAndDuplicatesNothing() throws Exception {
        // the database refuses the write of segment 20 (as a full disk or a lost connection would)
        String trigger = "refuse_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("""
                CREATE TRIGGER %s BEFORE INSERT ON segments FOR EACH ROW
                BEGIN
                  IF NEW.video_id = '%s' AND NEW.start_second = 20 THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the disk is full';
                  END IF;
                END""".formatted(trigger, videoId)).update();
        JobExecution failed;
        try {
            openAi.enqueue(FakeOpenAi.CHAT, questionReplies(3));
            failed = jobOperator.start(job, parameters());
        } finally {
            jdbc.sql("DROP TRIGGER " + trigger).update();
        }

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.sql("SELECT start_second FROM segments WHERE video_id = ? ORDER BY 1").param(videoId)
                .query(Integer.class).list()).containsExactly(0, 40, 60);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", videoId)).isZero();
        assertThat(questionRequests()).isEqualTo(3);

        openAi.enqueue(FakeOpenAi.CHAT, questionReplies(1));
        openAi.enqueue(FakeOpenAi.CHAT, companionReplies(3));
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // only segment 20 was asked again
        assertThat(questionRequests()).isEqualTo(4);
        assertThat(workerRuns()).containsExactlyInAnyOrder("questionsWorker:segment-0 COMPLETED",
                "questionsWorker:segment-20 FAILED", "questionsWorker:segment-20 COMPLETED",
                "questionsWorker:segment-40 COMPLETED", "questionsWorker:segment-60 COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = ?", videoId)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM generated_questions WHERE video_id = ?", videoId)).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", videoId)).isEqualTo(63);
    }

    private JobParameters parameters() {
        return new JobParametersBuilder().addString(IngestParameters.VIDEO_ID, videoId)
                .addLong(QuestionsJobParameters.INTERVAL_SECONDS, 20L).toJobParameters();
    }

    /** The question requests (they carry frames); the companion requests do not. */
    private long questionRequests() {
        return openAi.requests(FakeOpenAi.CHAT).stream().filter(r -> r.bodyText().contains("image_url")).count();
    }

    private List<String> workerRuns() {
        return jdbc.sql("""
                SELECT CONCAT(s.STEP_NAME, ' ', s.STATUS) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'video_id' AND p.PARAMETER_VALUE = ? AND s.STEP_NAME LIKE 'questionsWorker:%'""")
                .param(videoId).query(String.class).list();
    }

    private static Reply[] questionReplies(int count) {
        return FakeOpenAi.repeat(Reply.chat(QuestionRepliesTest.REPLY), count).toArray(Reply[]::new);
    }

    private static Reply[] companionReplies(int count) {
        return FakeOpenAi.repeat(Reply.chat(COMPANION_REPLY), count).toArray(Reply[]::new);
    }

    private static String companionReply() {
        StringBuilder json = new StringBuilder("{");
        for (String companion : List.of("bunny", "pig", "alligator")) {
            json.append(json.length() > 1 ? "," : "").append('"').append(companion).append("\": {");
            boolean first = true;
            for (QuestionCategory category : QuestionCategory.values()) {
                json.append(first ? "" : ",").append('"').append(category.key()).append("\": {\"q\": \"")
                        .append(companion).append(" asks about ").append(category.key())
                        .append("?\", \"a\": \"a different answer\"}");
                first = false;
            }
            json.append('}');
        }
        return json.append('}').toString();
    }
}

package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;

import piggyback.batch.BatchTest;
import piggyback.batch.IngestParameters;
import piggyback.batch.PipelineFixtures;
import piggyback.batch.TestJobs;
import piggyback.storage.media.MediaStore;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.Videos;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/** The questions and companions steps with the offline providers (the quick start's), on the sample story. */
@Import(TestJobs.class)
class OfflinePipelineTest extends BatchTest {

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
    @Autowired
    GeneratedSegments segments;

    @Test
    void theNarrationGivesQuestionsAndEveryQuestionItsCompanionLinesWithoutAnyNetwork() throws Exception {
        PipelineFixtures fixtures = new PipelineFixtures(videos, frames, store);
        String videoId = fixtures.video(62.4);
        // six seconds a scene, the narrator's closing question from 54 s on
        fixtures.framesRows(videoId, 0, 61, second -> OfflineQuestionGeneratorTest.STORY.get(Math.min(second / 6, 9)));
        int requestsBefore = TestInfrastructure.shared().openAi().requests(FakeOpenAi.CHAT).size();

        JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                .addString(IngestParameters.VIDEO_ID, videoId).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<GeneratedSegment> stored = segments.of(videoId);
        assertThat(stored).extracting(GeneratedSegment::start, GeneratedSegment::end, GeneratedSegment::status,
                        GeneratedSegment::generator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 59, "generated", "offline-opennlp"),
                        org.assertj.core.groups.Tuple.tuple(60, 62, "generated", "offline-opennlp"));
        assertThat(stored.get(0).questions()).hasSize(7);
        assertThat(stored.get(0).bestQuestion()).isEqualTo("What did Pip the little pig do?");
        assertThat(stored.get(1).questions()).singleElement().satisfies(question -> {
            assertThat(question.category()).isEqualTo("prediction");
            assertThat(question.question()).isEqualTo("What do you think Pip and Bella will do at the next picnic?");
        });
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ? AND generator = 'offline-templates'",
                videoId)).isEqualTo(24);
        assertThat(jdbc.sql("""
                SELECT question FROM companion_variants
                WHERE video_id = ? AND start_second = 0 AND category = 'setting' ORDER BY companion""")
                .param(videoId).query(String.class).list())
                .containsExactly("Where did Pip walk? Answer.", "Sweetie, where did Pip walk?",
                        "Ooh! Tell me, tell me! WHERE did Pip WALK?!");
        assertThat(TestInfrastructure.shared().openAi().requests(FakeOpenAi.CHAT)).hasSize(requestsBefore);
    }
}

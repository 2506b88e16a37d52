package piggyback.batch.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import piggyback.batch.BatchTest;
import piggyback.batch.InstanceProcess;
import piggyback.batch.PipelineJvm;
import piggyback.batch.download.SourceDownload;
import piggyback.batch.frames.FrameExtractor;
import piggyback.batch.ingest.Ingests;
import piggyback.batch.runs.PipelineRuns;
import piggyback.batch.testing.OpenAiLike;
import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.MediaKeys;
import piggyback.testing.FakeOpenAi;
import piggyback.testing.TestInfrastructure;

/**
 * ingestVideo with remote partitioning on the real RabbitMQ: this JVM is the manager (role api),
 * the frames and questions partitions run in worker JVMs (role worker) on the same database and
 * store. The queue is named for this test run, so runs sharing a broker do not meet.
 */
@TestPropertySource(properties = {"piggyback.ai.provider=openai", "piggyback.pipeline.recover-on-startup=false",
        "piggyback.roles=api", "piggyback.pipeline.partitioning=remote",
        "piggyback.pipeline.remote.poll-interval=200ms", "piggyback.pipeline.remote.timeout=45s",
        "piggyback.pipeline.remote.frames-range-seconds=2"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(BatchTest.OWN_JVM)
class RemotePartitioningTest extends BatchTest {

    private static final String QUEUE = "pb-test-partitions-" + UUID.randomUUID();
    private static final int INTERVAL = 1;

    @Autowired
    SourceDownload sources;
    @Autowired
    Ingests ingests;
    @Autowired
    PipelineRuns runs;
    @Autowired
    JobRepository repository;
    @Autowired
    MediaStore store;
    @Autowired
    FrameExtractor extractor;
    @Autowired
    AmqpAdmin amqp;

    private static AmqpAdmin queueOwner;
    private static Path longerClip;
    /** worker-a and worker-b, started before the Spring context so both start-ups overlap. */
    private static List<PipelineJvm> workers;
    private static final List<PipelineJvm> started = new ArrayList<>();
    private final FakeOpenAi openAi = TestInfrastructure.shared().openAi();

    @BeforeAll
    static void startTwoWorkers() throws Exception {
        workers = List.of(worker("worker-a"), worker("worker-b"));
    }

    @DynamicPropertySource
    static void queue(DynamicPropertyRegistry registry) {
        registry.add("piggyback.pipeline.remote.queue", () -> QUEUE);
    }

    @AfterEach
    void resetOpenAi() {
        queueOwner = amqp;
        openAi.reset();
    }

    @AfterAll
    static void stopWorkersAndDeleteTheQueue() throws InterruptedException {
        for (PipelineJvm worker : started) {
            worker.kill();
        }
        if (queueOwner != null) {
            queueOwner.deleteQueue(QUEUE);
        }
    }

    @Test
    @Order(1)
    void twoWorkersShareTheFramesAndQuestionsPartitionsAndMakeExactlyTheLocalResult() throws Exception {
        OpenAiLike.answer(openAi, Duration.ofMillis(300));
        awaitReady(workers);
        String video = uploadedVideo("spread", VideoFixtures.media().mp4());

        JobExecution run = awaitEnd(ingests.stored(video, INTERVAL, 0, "scale-test").executionId());

        assertThat(run.getStatus()).as(run.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        int frames = framesOf(VideoFixtures.media().mp4());
        assertThat(frames).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM frames WHERE video_id = ?", video)).isEqualTo(frames);
        assertThat(count("SELECT COUNT(DISTINCT second) FROM frames WHERE video_id = ? AND second BETWEEN 0 AND ?",
                video, frames - 1)).isEqualTo(frames);
        assertThat(store.list(MediaKeys.framesPrefix(video))).hasSize(frames);
        assertThat(count("SELECT frame_count FROM videos WHERE video_id = ?", video)).isEqualTo(frames);
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = ?", video)).isEqualTo(frames + 1);
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = ? AND status = 'generated'", video))
                .isEqualTo(frames);
        assertThat(count("SELECT COUNT(*) FROM generated_questions WHERE video_id = ?", video)).isEqualTo(7 * frames);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", video)).isEqualTo(21 * frames);
        assertThat(store.list(MediaKeys.prefix(video) + "tts/")).hasSize(28 * frames);

        Map<String, String> framesWorkers = workersOf(run.getId(), "framesWorker:");
        Map<String, String> questionsWorkers = workersOf(run.getId(), "questionsWorker:");
        // two seconds per frames partition, the last one to the end; one partition per one-second segment
        assertThat(framesWorkers.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.iterate(0, s -> s < frames,
                s -> s + 2).mapToObj(s -> "framesWorker:seconds-" + s).toList());
        assertThat(questionsWorkers).hasSize(frames + 1);
        assertThat(Set.copyOf(framesWorkers.values())).isSubsetOf("worker-a", "worker-b");
        assertThat(Set.copyOf(questionsWorkers.values())).isSubsetOf("worker-a", "worker-b");
        Map<String, String> all = new HashMap<>(framesWorkers);
        all.putAll(questionsWorkers);
        assertThat(Set.copyOf(all.values())).as("workers that ran partitions: %s", all)
                .containsExactlyInAnyOrder("worker-a", "worker-b");
        assertThat(runs.execution(run.getId()).getStepExecutions()).extracting(StepExecution::getStepName)
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void aKilledWorkersPartitionGoesToTheOtherAndARunWithoutWorkersFailsThenRestartsWithoutDuplicates()
            throws Exception {
        OpenAiLike.answer(openAi, Duration.ofMillis(1500));
        awaitReady(workers);
        Path clip = longerClip();
        String video = uploadedVideo("kill", clip);
        int frames = framesOf(clip);
        int segments = frames + 1;

        long run = ingests.stored(video, INTERVAL, 0, "scale-test").executionId();
        awaitCompletedPartitions(run, 2);
        await(() -> !runningOn(run, "worker-a").isEmpty(), "partition running on worker-a");
        // caught as it starts: the segment's generation alone takes longer than getting to the kill
        List<String> heldByA = runningOn(run, "worker-a");
        workers.get(0).kill();
        assertThat(heldByA).hasSize(1);
        // worker-b takes over the partition worker-a held (RabbitMQ hands its request over again)
        // and the run goes on without a restart
        awaitCompleted(run, heldByA);
        assertThat(workersOf(run, "questionsWorker:").get(heldByA.get(0))).isEqualTo("worker-b");
        workers.get(1).kill();

        // nobody works: the manager stops waiting after its timeout and the run fails visibly
        JobExecution stalled = awaitEnd(run);
        assertThat(stalled.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stalled.getExitStatus().getExitDescription()).contains("Timeout");
        List<String> completedBeforeRestart = partitions(run, BatchStatus.COMPLETED);
        assertThat(completedBeforeRestart).hasSizeLessThan(segments);
        assertThat(runs.execution(run).getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("questionsWorker:"))
                .allSatisfy(s -> assertThat(s.getStatus()).isIn(BatchStatus.COMPLETED, BatchStatus.FAILED));

        // a new worker, then the restart runs only what did not complete, once
        awaitReady(List.of(worker("worker-c")));
        JobExecution restarted = awaitEnd(runs.restart(run));

        assertThat(restarted.getStatus()).as(restarted.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM frames WHERE video_id = ?", video)).isEqualTo(frames);
        assertThat(count("SELECT COUNT(*) FROM segments WHERE video_id = ?", video)).isEqualTo(segments);
        assertThat(count("SELECT COUNT(*) FROM generated_questions WHERE video_id = ?", video)).isEqualTo(7 * frames);
        assertThat(count("SELECT COUNT(*) FROM companion_variants WHERE video_id = ?", video)).isEqualTo(21 * frames);
        assertThat(store.list(MediaKeys.prefix(video) + "tts/")).hasSize(28 * frames);
        Map<String, String> restartedPartitions = workersOf(restarted.getId(), "questionsWorker:");
        assertThat(restartedPartitions).hasSize(segments - completedBeforeRestart.size());
        assertThat(Set.copyOf(restartedPartitions.values())).containsExactly("worker-c");
        assertThat(restartedPartitions.keySet()).doesNotContainAnyElementsOf(completedBeforeRestart);
        // over both runs every segment's partition completed exactly once
        assertThat(count("""
                SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (?, ?)
                  AND STEP_NAME LIKE 'questionsWorker:%' AND STATUS = 'COMPLETED'""", run, restarted.getId()))
                .isEqualTo(segments);
        assertThat(count("""
                SELECT COUNT(DISTINCT STEP_NAME) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (?, ?)
                  AND STEP_NAME LIKE 'questionsWorker:%' AND STATUS = 'COMPLETED'""", run, restarted.getId()))
                .isEqualTo(segments);
    }

    private static PipelineJvm worker(String id) throws Exception {
        PipelineJvm worker = PipelineJvm.start(InstanceProcess.class, Map.of(
                "piggyback.roles", "worker",
                "piggyback.worker-id", id,
                "piggyback.pipeline.partitioning", "remote",
                "piggyback.pipeline.remote.queue", QUEUE,
                "piggyback.pipeline.remote.worker-concurrency", "1",
                "piggyback.ai.provider", "openai"));
        started.add(worker);
        return worker;
    }

    private static void awaitReady(List<PipelineJvm> workers) throws Exception {
        for (PipelineJvm worker : workers) {
            worker.awaitReady();
        }
    }

    private String uploadedVideo(String name, Path clip) throws Exception {
        String video = name + UUID.randomUUID().toString().substring(0, 8);
        sources.fromUpload(video, clip, "Remote partitioning test");
        return video;
    }

    /** About 15 seconds of story: enough one-second segments to kill workers in the middle of them. */
    private static synchronized Path longerClip() throws Exception {
        if (longerClip == null) {
            Path folder = Files.createTempDirectory("pb-scale-");
            Path speech = VideoFixtures.speech(folder.resolve("speech.wav"), String.join(" ",
                    VideoFixtures.WORDS, VideoFixtures.WORDS, VideoFixtures.WORDS, VideoFixtures.WORDS));
            longerClip = VideoFixtures.clip(speech, folder.resolve("longer.mp4"), "mp4", true);
            speech.toFile().deleteOnExit();
            longerClip.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
        }
        return longerClip;
    }

    /** How many frames the local frames step makes of a clip: one per whole second the decoder sees. */
    private int framesOf(Path clip) {
        try (var cursor = extractor.open(clip, 0, Integer.MAX_VALUE)) {
            int frames = 0;
            while (cursor.next() != null) {
                frames++;
            }
            return frames;
        }
    }

    /** The worker that ran each partition of a run whose name starts with the prefix. */
    private Map<String, String> workersOf(long executionId, String prefix) {
        Map<String, String> workers = new TreeMap<>();
        for (StepExecution step : runs.execution(executionId).getStepExecutions()) {
            if (step.getStepName().startsWith(prefix)) {
                StepExecution stored = repository.getStepExecution(step.getId());
                workers.put(step.getStepName(), stored.getExecutionContext().getString(WorkerStamp.WORKER_ID, "none"));
            }
        }
        return workers;
    }

    /** The questions partitions of a run in this state. */
    private List<String> partitions(long executionId, BatchStatus status) {
        return runs.execution(executionId).getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("questionsWorker:") && s.getStatus() == status)
                .map(StepExecution::getStepName).collect(Collectors.toList());
    }

    private void awaitCompletedPartitions(long run, int atLeast) throws InterruptedException {
        await(() -> partitions(run, BatchStatus.COMPLETED).size() >= atLeast, atLeast + " completed partitions");
    }

    /** The questions partitions of a run that are running on this worker. */
    private List<String> runningOn(long run, String worker) {
        return partitions(run, BatchStatus.STARTED).stream().filter(name -> worker.equals(workersOf(run, name).get(name)))
                .toList();
    }

    private void awaitCompleted(long run, List<String> names) throws InterruptedException {
        await(() -> partitions(run, BatchStatus.COMPLETED).containsAll(names), "partitions " + names + " completed");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within 3 minutes");
            }
            Thread.sleep(50);
        }
    }

    private JobExecution awaitEnd(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JobExecution execution = runs.execution(id);
            if (!execution.isRunning()) {
                return execution;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not end in 4 minutes");
    }
}

package piggyback.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import piggyback.api.PiggybackApplication;
import piggyback.batch.scaling.WorkerStamp;
import piggyback.storage.media.EmbeddedS3;
import piggyback.storage.media.MediaStore;
import piggyback.storage.videos.FrameRow;
import piggyback.storage.videos.Frames;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Videos;

/**
 * The questions step with the offline generator under remote partitioning, with 1 worker and
 * then 2 worker processes (run by ops/bench-workers). This JVM is the manager (an API instance
 * with {@code piggyback.roles=api}) and holds the S3 server; the workers are
 * {@code piggyback.roles=worker} processes from the same classes, each running one partition at
 * a time. The input is a video of {@code minutes} minutes as the frames step leaves it: a row per
 * second carrying a story's subtitle lines, and a JPEG per second in the store. Each worker count
 * gets new workers and two runs: cold (the workers load their English models during it) and warm.
 * Prints the wall time of each run and the warm speed-up.
 * Args: minutes (30), database host (127.0.0.1:3306; root with an empty password), worker counts (1,2).
 */
public final class WorkersBenchmark {

    private static final String[] WHO = {"Pip the pig", "Bella the bunny", "Ollie the owl", "Gus the goat",
            "Daisy the duck", "Max the mouse"};
    private static final String[] DID = {"walked to the old mill", "found a shiny red ball", "built a small boat",
            "climbed the tall oak tree", "baked a warm apple pie", "painted the blue fence", "lost a yellow kite",
            "planted three sunflowers"};
    private static final String[] WHY = {"because the sun was shining", "because a friend needed help",
            "because it was the day of the picnic", "because the rain had stopped", "so the farmer would smile",
            "because the barn was too quiet"};

    private WorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String dbHost = args.length > 1 ? args[1] : "127.0.0.1:3306";
        String[] counts = (args.length > 2 ? args[2] : "1,2").split(",");
        String database = "pb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String queue = "pb-bench-" + UUID.randomUUID();
        sql(dbHost, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        Path s3Folder = Files.createTempDirectory("pb-bench-s3-");
        try (EmbeddedS3 s3 = EmbeddedS3.start(s3Folder, "bench-access", "bench-secret-key")) {
            List<String> common = List.of(
                    "--spring.datasource.url=jdbc:mysql://" + dbHost + "/" + database,
                    "--spring.datasource.username=root", "--spring.datasource.password=",
                    "--piggyback.s3.endpoint=" + s3.endpoint(), "--piggyback.s3.access-key=" + s3.accessKey(),
                    "--piggyback.s3.secret-key=" + s3.secretKey(), "--piggyback.security.code-secret=bench",
                    "--piggyback.ai.provider=offline", "--piggyback.pipeline.partitioning=remote",
                    "--piggyback.pipeline.remote.queue=" + queue, "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN");
            List<String> managerArgs = new ArrayList<>(common);
            managerArgs.addAll(List.of("--piggyback.roles=api", "--server.port=0",
                    "--spring.quartz.auto-startup=false", "--piggyback.pipeline.recover-on-startup=false",
                    "--piggyback.pipeline.remote.poll-interval=250ms"));
            try (ConfigurableApplicationContext manager = PiggybackApplication.start(managerArgs.toArray(String[]::new))) {
                String video = storyVideo(manager, minutes);
                System.out.printf("questions step, offline generator, %d-minute video, 60-second segments (%d partitions)%n",
                        minutes, minutes + 1);
                Map<Integer, Double> seconds = new TreeMap<>();
                for (String count : counts) {
                    int workers = Integer.parseInt(count.strip());
                    seconds.put(workers, run(manager, common, queue, video, workers));
                }
                double base = seconds.values().iterator().next();
                seconds.forEach((workers, time) -> System.out.printf("%d worker(s), warm: %.1f s, speed-up %.2f%n",
                        workers, time, base / time));
                manager.getBean(AmqpAdmin.class).deleteQueue(queue);
            } finally {
                sql(dbHost, "DROP DATABASE " + database);
            }
        }
    }

    /** Two runs of the questions step with this many new worker processes; returns the second's wall time. */
    private static double run(ConfigurableApplicationContext manager, List<String> common, String queue, String video,
                              int workers) throws Exception {
        List<Process> processes = new ArrayList<>();
        AmqpAdmin amqp = manager.getBean(AmqpAdmin.class);
        try {
            for (int i = 1; i <= workers; i++) {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                        "-cp", System.getProperty("java.class.path"), PiggybackApplication.class.getName()));
                command.addAll(common);
                command.addAll(List.of("--piggyback.roles=worker", "--piggyback.worker-id=bench-worker-" + i,
                        "--piggyback.pipeline.remote.worker-concurrency=1"));
                processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            awaitConsumers(amqp, queue, workers);
            // the first run includes each worker loading the English models (OpenNLP, WordNet) on
            // its first segment; the second, on the same workers, is the steady state
            timed(manager, video, workers, "cold");
            return timed(manager, video, workers, "warm");
        } finally {
            for (Process process : processes) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static double timed(ConfigurableApplicationContext manager, String video, int workers, String kind) {
        Step questions = manager.getBean("questionsStep", Step.class);
        Job job = new JobBuilder("benchQuestions", manager.getBean(JobRepository.class)).start(questions).build();
        long started = System.nanoTime();
        JobExecution execution;
        try {
            execution = manager.getBean(JobOperator.class).start(job, new JobParametersBuilder()
                    .addString("video_id", video).addLong("interval_seconds", 60L)
                    .addString("run", UUID.randomUUID().toString()).toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark run did not start", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Integer> perWorker = new TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith("questionsWorker:")) {
                StepExecution stored = manager.getBean(JobRepository.class).getStepExecution(step.getId());
                perWorker.merge(stored.getExecutionContext().getString(WorkerStamp.WORKER_ID, "?"), 1, Integer::sum);
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        manager.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT status, COUNT(*) FROM segments WHERE video_id = ? GROUP BY status").param(video)
                .query((row, n) -> outcomes.put(row.getString(1), row.getInt(2))).list();
        System.out.printf("%d worker(s), %s: %s in %.1f s, partitions per worker %s, segments %s%n", workers, kind,
                execution.getStatus(), seconds, perWorker, outcomes);
        return seconds;
    }

    private static void awaitConsumers(AmqpAdmin amqp, String queue, int consumers) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            QueueInformation info = amqp.getQueueInfo(queue);
            if (info != null && info.getConsumerCount() >= consumers) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the workers did not start consuming within 5 minutes");
    }

    /** A video as the frames step leaves it: a row per second with the story's line, and its JPEG. */
    private static String storyVideo(ConfigurableApplicationContext manager, int minutes) {
        String video = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int seconds = minutes * 60;
        manager.getBean(Videos.class).upsert(video, "upload", null, "Workers benchmark story", null, (double) seconds);
        MediaStore store = manager.getBean(MediaStore.class);
        byte[] jpeg = picture();
        Random random = new Random(7);
        List<FrameRow> rows = new ArrayList<>();
        String line = null;
        for (int second = 0; second < seconds; second++) {
            if (second % 4 == 0) {
                line = WHO[random.nextInt(WHO.length)] + " " + DID[random.nextInt(DID.length)] + " "
                        + WHY[random.nextInt(WHY.length)] + ".";
            }
            rows.add(new FrameRow(second, 640, 360, line));
            store.put(MediaKeys.frame(video, second), jpeg, "image/jpeg");
        }
        manager.getBean(Frames.class).upsertAll(video, rows);
        return video;
    }

    private static byte[] picture() {
        var image = new java.awt.image.BufferedImage(640, 360, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.ORANGE);
        graphics.fillRect(0, 0, 640, 360);
        graphics.dispose();
        return piggyback.batch.questions.JpegEncoder.encode(image, 0.9f);
    }

    private static void sql(String host, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + "/", "root", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}

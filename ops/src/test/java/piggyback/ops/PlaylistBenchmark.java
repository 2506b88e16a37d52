package piggyback.ops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.util.FileSystemUtils;

import piggyback.api.PiggybackApplication;
import piggyback.batch.testing.FixtureSite;
import piggyback.storage.media.EmbeddedS3;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's playlist benchmark (run by ops/bench-playlist): a playlist of local videos, each page with its
 * English subtitles, served to yt-dlp from 127.0.0.1 as an RSS feed (which yt-dlp's generic extractor reads as a
 * playlist), ingested through {@code POST /api/admin/jobs {"type":"ingestPlaylist"}} with the questions and
 * companions from {@link RateLimitedOpenAi} (120 requests a minute, 429 above) and speech and transcription
 * offline; the application paces its calls with {@code piggyback.ai.limits.openai.requests-per-minute} at the same
 * limit. Modes: {@code one}, a single process (API and worker, local partitioning), and {@code scaled}, an API
 * instance and two workers over RabbitMQ (remote partitioning). Each mode gets a fresh database on the local
 * MariaDB, its own S3 server in this JVM and a fresh fake server; the application's processes are child JVMs of
 * {@code -Xmx512m} with GC logging, from which their peak heap is read. Prints, per mode: the wall time from the
 * request to the last video's end against the ideal (model calls ÷ the limit), the 429s, the failed segments and
 * runs, the peak heap of each process and the peak of concurrent video runs against the configured maximum
 * (sampled from the job repository, and recomputed afterwards from the steps' times).
 * Args: media folder (vNN.mp4 and vNN.vtt), interval seconds (60), modes (one,scaled), max concurrent runs (2),
 * question delay in ms (0), database host (127.0.0.1:3306, root with an empty password).
 */
public final class PlaylistBenchmark {

    private static final int LIMIT = 120;
    private static final int WORKERS = 2;
    /** Partitions each worker runs at once: the default, stated so the consumers to wait for are known. */
    private static final int WORKER_CONCURRENCY = 2;
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern GC_PAUSE = Pattern.compile("Pause.* (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private final int interval;
    private final int maxRuns;
    private final Duration questionDelay;
    private final String dbHost;
    private final String playlistUrl;

    private PlaylistBenchmark(int interval, int maxRuns, Duration questionDelay, String dbHost, String playlistUrl) {
        this.interval = interval;
        this.maxRuns = maxRuns;
        this.questionDelay = questionDelay;
        this.dbHost = dbHost;
        this.playlistUrl = playlistUrl;
    }

    public static void main(String[] args) throws Exception {
        Path media = Path.of(args[0]);
        int interval = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String[] modes = (args.length > 2 ? args[2] : "one,scaled").split(",");
        int maxRuns = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Duration delay = Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 0);
        String dbHost = args.length > 5 ? args[5] : "127.0.0.1:3306";
        List<String> videos;
        try (Stream<Path> files = Files.list(media)) {
            videos = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".mp4"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList();
        }
        try (FixtureSite site = FixtureSite.start()) {
            StringBuilder feed = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Bench playlist</title><link>%s</link>
                    <description>ops/bench-playlist</description>
                    """.formatted(site.url("/")));
            for (String video : videos) {
                site.serve("/" + video + ".mp4", media.resolve(video + ".mp4"), "video/mp4")
                        .serve("/" + video + ".vtt", media.resolve(video + ".vtt"), "text/vtt")
                        .serve("/" + video + ".html", "<html><body><video src=\"" + video + ".mp4\"><track kind=\""
                                + "subtitles\" srclang=\"en\" src=\"" + video + ".vtt\"></video></body></html>",
                                "text/html");
                feed.append("<item><title>").append(video).append("</title><link>").append(site.url("/" + video
                        + ".html")).append("</link></item>\n");
            }
            site.serve("/playlist.xml", feed.append("</channel></rss>\n").toString(), "application/rss+xml");
            PlaylistBenchmark bench = new PlaylistBenchmark(interval, maxRuns, delay, dbHost,
                    site.url("/playlist.xml"));
            System.out.printf("playlist of %d videos, %d-second segments, fake OpenAI at %d requests a minute"
                    + " (application limit the same), at most %d concurrent runs, -Xmx512m per process%n",
                    videos.size(), interval, LIMIT, maxRuns);
            List<String> reports = new ArrayList<>();
            for (String mode : modes) {
                reports.add(bench.run(mode.strip(), videos.size()));
            }
            System.out.println();
            reports.forEach(System.out::println);
        }
    }

    /** One ingest of the playlist in this mode; returns its report. */
    private String run(String mode, int videoCount) throws Exception {
        boolean scaled = switch (mode) {
            case "one" -> false;
            case "scaled" -> true;
            default -> throw new IllegalArgumentException("mode is one or scaled, not " + mode);
        };
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String database = "pb_bench_" + suffix;
        String queue = "pb-bench-" + suffix;
        Path work = Files.createTempDirectory("pb-bench-playlist-");
        sql(dbHost, "", "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        List<Child> children = new ArrayList<>();
        try (EmbeddedS3 s3 = EmbeddedS3.start(work.resolve("s3"), "bench-access", "bench-secret-key");
             RateLimitedOpenAi openAi = RateLimitedOpenAi.start(LIMIT, questionDelay)) {
            List<String> common = new ArrayList<>(List.of(
                    "--spring.datasource.url=jdbc:mysql://" + dbHost + "/" + database,
                    "--spring.datasource.username=root", "--spring.datasource.password=",
                    "--piggyback.s3.endpoint=" + s3.endpoint(), "--piggyback.s3.access-key=" + s3.accessKey(),
                    "--piggyback.s3.secret-key=" + s3.secretKey(), "--piggyback.security.code-secret=bench",
                    "--piggyback.admin-password=" + ADMIN_PASSWORD,
                    "--piggyback.ai.provider=openai", "--spring.ai.openai.base-url=" + openAi.baseUrl(),
                    "--piggyback.ai.speech.provider=offline", "--piggyback.ai.transcription.provider=offline",
                    "--piggyback.ai.limits.openai.requests-per-minute=" + LIMIT,
                    "--piggyback.download.allowed-hosts=127.0.0.1",
                    "--piggyback.pipeline.max-concurrent-runs=" + maxRuns,
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--logging.level.piggyback.batch.ai.ProviderLimits=INFO"));
            if (scaled) {
                common.addAll(List.of("--piggyback.pipeline.partitioning=remote",
                        "--piggyback.pipeline.remote.queue=" + queue,
                        "--piggyback.pipeline.remote.worker-concurrency=" + WORKER_CONCURRENCY));
            }
            int port = 18190;
            children.add(Child.start(work, scaled ? "api" : "app", common, List.of(
                    "--server.port=" + port, "--piggyback.roles=" + (scaled ? "api" : "api,worker"))));
            if (scaled) {
                for (int i = 1; i <= WORKERS; i++) {
                    children.add(Child.start(work, "worker-" + i, common, List.of("--piggyback.roles=worker",
                            "--piggyback.worker-id=bench-worker-" + i)));
                }
            }
            Api api = Api.await("http://127.0.0.1:" + port, children.get(0));
            if (scaled) {
                awaitConsumers(queue, WORKERS * WORKER_CONCURRENCY, children);
            }
            api.login();

            AtomicBoolean sampling = new AtomicBoolean(true);
            AtomicInteger peakSampled = new AtomicInteger();
            Thread sampler = new Thread(() -> sample(database, sampling, peakSampled), "run-sampler");
            sampler.setDaemon(true);
            sampler.start();
            Instant started = Instant.now();
            long playlistRun = api.post("/api/admin/jobs", Map.of("type", "ingestPlaylist", "url", playlistUrl,
                    "interval_seconds", interval)).path("execution_id").asLong();
            JsonNode playlist = api.awaitPlaylist(playlistRun, children);
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            sampling.set(false);
            sampler.join();

            RateLimitedOpenAi.Stats calls = openAi.stats();
            double ideal = calls.calls() * 60.0 / LIMIT;
            StringBuilder report = new StringBuilder();
            report.append("== ").append(scaled ? "API instance + " + WORKERS + " workers (remote partitioning)"
                            : "one process")
                    .append(": ").append(playlist.path("total").asInt()).append(" of ").append(videoCount)
                    .append(" videos, ").append(playlist.path("completed").asInt()).append(" completed (")
                    .append(playlist.path("completed_with_failed_segments").asInt()).append(" with failed segments), ")
                    .append(playlist.path("failed").asInt()).append(" failed\n");
            report.append("  wall time %.1f s; ideal %.1f s (%d model calls: %d questions, %d companions, at %d a"
                    .formatted(seconds, ideal, calls.calls(), calls.questions(), calls.companions(), LIMIT))
                    .append(" minute): %.2f× the ideal; model calls from first to last %.1f s%n".formatted(
                            seconds / ideal, (calls.lastCallAt() - calls.firstCallAt()) / 1000.0));
            report.append("  429s: %d (%.2f%% of %d requests)%n".formatted(calls.rateLimited(),
                    100.0 * calls.rateLimited() / Math.max(1, calls.calls() + calls.rateLimited()),
                    calls.calls() + calls.rateLimited()));
            // as the runs' exit codes count them (FailedSegmentsExit): a last segment past the last frame (a
            // video's final fraction of a second) has nothing to ask about, and is shown but not counted
            report.append("  failed segments: ").append(count(database, """
                            SELECT 'failed', COUNT(*) FROM segments
                            WHERE status = 'failed' AND error_reason <> 'no_frames_in_segment'""").get("failed"))
                    .append("; segments by outcome: ").append(count(database, """
                            SELECT CONCAT(status, COALESCE(CONCAT(' ', error_reason), '')), COUNT(*) FROM segments
                            GROUP BY 1"""))
                    .append("; video runs: ").append(count(database, """
                            SELECT CONCAT(e.STATUS, '/', e.EXIT_CODE), COUNT(*) FROM BATCH_JOB_EXECUTION e
                            JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                            WHERE i.JOB_NAME = 'ingestVideo' GROUP BY 1""")).append('\n');
            // why a run failed, from its failed steps, before the database goes; the processes' logs are kept
            var failures = count(database, """
                    SELECT CONCAT(e.JOB_EXECUTION_ID, ' ', s.STEP_NAME, ': ', LEFT(s.EXIT_MESSAGE, 600)), 1
                    FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    WHERE e.STATUS = 'FAILED' AND s.STATUS = 'FAILED'""").keySet();
            failures.forEach(failure -> report.append("  failed: ").append(failure).append('\n'));
            if (!failures.isEmpty()) {
                Path kept = Files.createTempDirectory("pb-bench-playlist-logs-");
                for (Child child : children) {
                    Files.copy(child.log(), kept.resolve(child.name() + ".log"));
                }
                report.append("  the processes' logs: ").append(kept).append('\n');
            }
            report.append("  peak concurrent video runs: %d sampled, %d from the steps' times (maximum %d)%n"
                    .formatted(peakSampled.get(), peakFromSteps(database), maxRuns));
            for (Child child : children) {
                child.stop();
                report.append("  ").append(child.name()).append(": ").append(child.heap()).append('\n');
            }
            report.append("  load average after: ").append(Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println(report);
            return report.toString();
        } finally {
            for (Child child : children) {
                child.stop();
            }
            if (scaled) {
                deleteQueue(queue);
            }
            sql(dbHost, "", "DROP DATABASE " + database);
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Video runs going (started, not ended), every half second; keeps the highest count. */
    private void sample(String database, AtomicBoolean sampling, AtomicInteger peak) {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + dbHost + "/" + database, "root", "");
             Statement sql = connection.createStatement()) {
            while (sampling.get()) {
                try (ResultSet rows = sql.executeQuery("""
                        SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
                        JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                        WHERE i.JOB_NAME = 'ingestVideo' AND e.STATUS IN ('STARTED', 'STOPPING')
                          AND e.END_TIME IS NULL""")) {
                    rows.next();
                    peak.accumulateAndGet(rows.getInt(1), Math::max);
                }
                Thread.sleep(500);
            }
        } catch (SQLException | InterruptedException e) {
            System.err.println("the sampler of concurrent runs stopped: " + e.getMessage());
        }
    }

    /** The most video runs that overlapped, each from its first step's start to its last step's end. */
    private int peakFromSteps(String database) throws SQLException {
        List<long[]> edges = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + dbHost + "/" + database, "root", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT MIN(s.START_TIME), MAX(s.END_TIME) FROM BATCH_STEP_EXECUTION s
                     JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                     JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                     WHERE i.JOB_NAME = 'ingestVideo' GROUP BY e.JOB_EXECUTION_ID""")) {
            while (rows.next()) {
                Timestamp begin = rows.getTimestamp(1);
                Timestamp end = rows.getTimestamp(2);
                edges.add(new long[] {begin.getTime(), 1});
                edges.add(new long[] {end == null ? Long.MAX_VALUE : end.getTime(), -1});
            }
        }
        // an end and a start at the same instant do not overlap
        edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
        int going = 0;
        int peak = 0;
        for (long[] edge : edges) {
            going += (int) edge[1];
            peak = Math.max(peak, going);
        }
        return peak;
    }

    /** The query's rows as label and count. */
    private Map<String, Integer> count(String database, String query) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + dbHost + "/" + database, "root", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static void awaitConsumers(String queue, int consumers, List<Child> children) throws InterruptedException {
        CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1");
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                QueueInformation info = admin.getQueueInfo(queue);
                if (info != null && info.getConsumerCount() >= consumers) {
                    return;
                }
                children.forEach(Child::checkAlive);
                Thread.sleep(250);
            }
            throw new IllegalStateException("the workers did not start consuming " + queue + " within 3 minutes");
        } finally {
            connections.destroy();
        }
    }

    private static void deleteQueue(String queue) {
        CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1");
        try {
            new RabbitAdmin(connections).deleteQueue(queue);
        } finally {
            connections.destroy();
        }
    }

    private static void sql(String host, String database, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + "/" + database, "root", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /** A process of the application (a child JVM from this JVM's classpath), its output and GC log in files. */
    private record Child(String name, Process process, Path log, Path gcLog) {

        static Child start(Path work, String name, List<String> common, List<String> own) throws IOException {
            Path log = work.resolve(name + ".log");
            Path gcLog = work.resolve(name + "-gc.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                    PiggybackApplication.class.getName()));
            command.addAll(common);
            command.addAll(own);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Child(name, process, log, gcLog);
        }

        void checkAlive() {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "):\n" + tail());
            }
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        /** Stops the process as an operator would (SIGTERM), forcibly if it has not ended within 30 s. */
        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        /** The most heap in use before a collection, and the most still in use after one, from the GC log. */
        String heap() {
            long before = 0;
            long after = 0;
            long committed = 0;
            int pauses = 0;
            try {
                for (String line : Files.readAllLines(gcLog)) {
                    Matcher pause = GC_PAUSE.matcher(line);
                    if (pause.find()) {
                        pauses++;
                        before = Math.max(before, megabytes(pause.group(1), pause.group(2)));
                        after = Math.max(after, megabytes(pause.group(3), pause.group(4)));
                        committed = Math.max(committed, megabytes(pause.group(5), pause.group(6)));
                    }
                }
            } catch (IOException e) {
                return "no GC log: " + e.getMessage();
            }
            return "peak heap %d MB used (before a collection), %d MB live after one, %d MB committed; %d pauses"
                    .formatted(before, after, committed, pauses);
        }

        private static long megabytes(String amount, String unit) {
            long value = Long.parseLong(amount);
            return switch (unit) {
                case "K" -> value / 1024;
                case "G" -> value * 1024;
                default -> value;
            };
        }
    }

    /** The API instance, as the admin. */
    private static final class Api {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        private Api(String base) {
            this.base = base;
        }

        static Api await(String base, Child process) throws Exception {
            Api api = new Api(base);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                process.checkAlive();
                try {
                    if (api.http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return api;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the API instance did not start within 3 minutes:\n" + process.tail());
        }

        void login() throws Exception {
            post("/api/admin/verify-access", Map.of("password", ADMIN_PASSWORD));
        }

        JsonNode post(String path, Map<String, Object> body) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        }

        /** Waits for the playlist run to list its videos and for every one of them to end; its summary. */
        JsonNode awaitPlaylist(long playlistRun, List<Child> children) throws Exception {
            String last = "";
            while (true) {
                children.forEach(Child::checkAlive);
                JsonNode run = get("/api/ops/executions/" + playlistRun);
                String status = run.path("status").asString();
                JsonNode playlist = run.path("playlist");
                if (status.equals("FAILED") || status.equals("STOPPED") || status.equals("ABANDONED")) {
                    throw new IllegalStateException("the playlist run " + status + ": " + run);
                }
                String now = "%s, %d videos: %d queued, %d running, %d completed, %d failed".formatted(status,
                        playlist.path("total").asInt(), playlist.path("queued").asInt(),
                        playlist.path("running").asInt(), playlist.path("completed").asInt(),
                        playlist.path("failed").asInt());
                if (!now.equals(last)) {
                    System.out.println("  " + Instant.now() + " playlist run " + now);
                    last = now;
                }
                int left = playlist.path("queued").asInt() + playlist.path("running").asInt();
                if (status.equals("COMPLETED") && left == 0) {
                    return playlist;
                }
                Thread.sleep(1000);
            }
        }
    }
}

package piggyback.batch.download;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program directly (no shell, so no argument is ever interpreted) with a time limit. Its
 * output goes to files, so a chatty program never blocks on a full pipe.
 */
final class CommandRunner {

    /** What the program printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private CommandRunner() {
    }

    /**
     * @throws IOException       when the program cannot be started (e.g. it is not installed)
     * @throws TimeoutException  when it ran longer than {@code timeout}; it and its children are killed
     */
    static Result run(List<String> command, Duration timeout) throws IOException, TimeoutException {
        Path stdout = Files.createTempFile("pb-command-", ".out");
        Path stderr = Files.createTempFile("pb-command-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            // yt-dlp is Python: make its output UTF-8 whatever the server's locale
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process process = builder.start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill(process);
                    throw new TimeoutException(command.get(0) + " did not finish within " + timeout);
                }
            } catch (InterruptedException e) {
                kill(process);
                Thread.currentThread().interrupt();
                throw new IOException(command.get(0) + " was interrupted", e);
            }
            return new Result(process.exitValue(), read(stdout), read(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

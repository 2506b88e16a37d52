package piggyback.batch.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A command-line program the offline providers run: the input goes to its stdin and the result
 * comes from its stdout, so nothing is written to disk. Its stderr is dropped (pocketsphinx
 * logs what it heard there).
 *
 * @param program     the executable, looked up on the PATH
 * @param installHint how to get it, for the error message
 */
record ExternalTool(String program, String installHint) {

    /** Threads that only wait on pipes; not the common pool, which must not block. */
    private static final ExecutorService PIPES = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "external-tool-pipe");
        thread.setDaemon(true);
        return thread;
    });

    /** What went wrong, worded for the client (the tool is missing, failed or hung). */
    static final class Failure extends Exception {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    byte[] run(List<String> arguments, byte[] input, Duration timeout) throws Failure {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new Failure(program + " is not installed (" + installHint + ")", e);
        }
        // stdin and stdout on their own threads: a program that writes while it reads cannot block us
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> feed(process, input), PIPES);
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), PIPES);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Failure(program + " did not finish within " + timeout.toSeconds() + " seconds", null);
            }
            if (process.exitValue() != 0) {
                throw new Failure(program + " failed with exit code " + process.exitValue()
                        + " (is it fully installed? " + installHint + ")", null);
            }
            feeding.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(program + " was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new Failure(program + " could not be read: " + e.getMessage(), e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void feed(Process process, byte[] input) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException programStoppedReading) {
            // it exited early; its exit code tells what happened
        }
    }

    private static byte[] readAll(InputStream stdout) {
        try (stdout) {
            return stdout.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

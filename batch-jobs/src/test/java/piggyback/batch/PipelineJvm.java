package piggyback.batch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import piggyback.testing.TestInfrastructure;

/**
 * A pipeline process of its own ({@link PipelineProcess}, {@link InstanceProcess}) on this test
 * JVM's database, store and fake OpenAI server, with a small heap, for the tests that kill one.
 */
public final class PipelineJvm {

    /** Lines of the process's output kept to explain a process that never got ready. */
    private static final int TAIL = 40;

    private final Process process;
    private final BufferedReader out;
    private final ArrayDeque<String> tail = new ArrayDeque<>();
    private boolean ready;

    private PipelineJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with the infrastructure's settings plus {@code properties}. */
    public static PipelineJvm start(Class<?> mainClass, Map<String, String> properties, String... args)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(TestInfrastructure.shared().properties());
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        all.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new PipelineJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /**
     * Waits for the process to print a line starting with {@code prefix} and returns the rest of
     * it; what it prints afterwards is drained in the background.
     */
    public String awaitLine(String prefix, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        for (String line = out.readLine(); line != null && Instant.now().isBefore(deadline); line = out.readLine()) {
            if (tail.size() == TAIL) {
                tail.removeFirst();
            }
            tail.addLast(line);
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(prefix.length()).trim();
            }
        }
        throw new AssertionError("the process (" + (process.isAlive() ? "still running" : "exited with "
                + process.exitValue()) + ") never printed " + prefix + "; its last lines:\n" + String.join("\n", tail));
    }

    /** Waits for an {@link InstanceProcess} to say it has started (at once when it said so before). */
    public synchronized void awaitReady() throws Exception {
        if (!ready) {
            awaitLine("READY", Duration.ofMinutes(4));
            ready = true;
        }
    }

    /** kill -9: no shutdown hook, no cleanup, unacknowledged messages go back to the broker. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }
}

package piggyback.batch.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The offline providers' programs: piped in and out, and every failure says what to do. */
class ExternalToolTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void pipesTheInputThroughTheProgram() throws Exception {
        byte[] input = "x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);

        byte[] output = new ExternalTool("cat", "apt-get install coreutils").run(List.of(), input, TIMEOUT);

        assertThat(output).isEqualTo(input);
    }

    @Test
    void aMissingProgramIsNamedWithHowToInstallIt() {
        ExternalTool missing = new ExternalTool("pb-no-such-program", "apt-get install pb-no-such-program");

        assertThatThrownBy(() -> missing.run(List.of(), new byte[0], TIMEOUT))
                .isInstanceOf(ExternalTool.Failure.class)
                .hasMessage("pb-no-such-program is not installed (apt-get install pb-no-such-program)");
    }

    @Test
    void aFailingProgramReportsItsExitCode() {
        assertThatThrownBy(() -> new ExternalTool("false", "apt-get install coreutils").run(List.of(), new byte[0], TIMEOUT))
                .hasMessageStartingWith("false failed with exit code 1");
    }

    @Test
    void aHangingProgramIsStoppedAtTheTimeout() {
        ExternalTool sleep = new ExternalTool("sleep", "apt-get install coreutils");

        assertThatThrownBy(() -> sleep.run(List.of("30"), new byte[0], Duration.ofSeconds(1)))
                .hasMessage("sleep did not finish within 1 seconds");
    }
}

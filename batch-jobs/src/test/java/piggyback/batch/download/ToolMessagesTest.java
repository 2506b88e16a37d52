package piggyback.batch.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolMessagesTest {

    @Test
    void theErrorLinesAreKeptWithoutColourCodes() {
        String stderr = "\u001B[0;33mWARNING:\u001B[0m [generic] Falling back on generic information extractor\n"
                + "\u001B[0;31mERROR:\u001B[0m unable to download video data: HTTP Error 403: Forbidden\n";

        assertThat(ToolMessages.errorOf(new CommandRunner.Result(1, "", stderr)))
                .isEqualTo("ERROR: unable to download video data: HTTP Error 403: Forbidden");
    }

    @Test
    void withoutAnErrorLineTheLastLineOrTheStatusIsTheMessage() {
        assertThat(ToolMessages.errorOf(new CommandRunner.Result(2, "", "usage: yt-dlp [OPTIONS]\nno such option\n")))
                .isEqualTo("no such option");
        assertThat(ToolMessages.errorOf(new CommandRunner.Result(137, "", ""))).isEqualTo("yt-dlp exited with status 137");
    }

    @Test
    void aLongMessageIsCutToTheColumnSize() {
        String stderr = "ERROR: " + "x".repeat(5000);

        assertThat(ToolMessages.errorOf(new CommandRunner.Result(1, "", stderr))).hasSize(ToolMessages.MAX_LENGTH);
    }
}

package piggyback.batch.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import piggyback.batch.testing.VideoFixtures;
import piggyback.storage.cues.Cue;

class WebVttParserTest {

    @Test
    void headerNotesIdentifiersSettingsAndTagsAreDropped() {
        assertThat(WebVttParser.parse(VideoFixtures.SUBTITLES)).containsExactly(
                new Cue(0, 1500, "The little pig jumps"),
                new Cue(1500, 2500, "over the red fence."),
                new Cue(2500, 4000, "Then the bunny eats a carrot."));
    }

    @Test
    void automaticCaptionsLoseTheirRollingLinesAndKaraokeTimes() {
        String youtube = """
                WEBVTT
                Kind: captions
                Language: en

                00:00:00.080 --> 00:00:02.230 align:start position:0%
                \s
                hello<00:00:00.640><c> everyone</c><00:00:01.040><c> and</c>

                00:00:02.230 --> 00:00:02.240 align:start position:0%
                hello everyone and
                \s

                00:00:02.240 --> 00:00:04.630 align:start position:0%
                hello everyone and
                welcome<00:00:02.800><c> back</c>

                00:00:04.630 --> 00:00:04.640 align:start position:0%
                welcome back
                \s

                00:00:04.640 --> 00:00:06.000 align:start position:0%
                welcome back
                to<00:00:05.000><c.colorE5E5E5> the</c><00:00:05.500><c> farm</c>
                """;

        assertThat(WebVttParser.parse(youtube)).containsExactly(
                new Cue(80, 2240, "hello everyone and"),
                new Cue(2240, 4640, "welcome back"),
                new Cue(4640, 6000, "to the farm"));
    }

    @Test
    void shortTimesWindowsLineEndsEntitiesVoicesAndSeveralLinesAreRead() {
        String vtt = "\uFEFFWEBVTT\r\n\r\n"
                + "00:01.000 --> 00:02.500\r\n<v Roger>Salt &amp; pepper</v>\r\nplease &#8212; now\r\n\r\n"
                + "01:00:00.000 --> 01:00:01,200\r\n&lt;loud&gt;&nbsp;music\r\n";

        assertThat(WebVttParser.parse(vtt)).containsExactly(
                new Cue(1000, 2500, "Salt & pepper please \u2014 now"),
                new Cue(3_600_000, 3_601_200, "<loud> music"));
    }

    @Test
    void styleRegionAndMultiLineNoteBlocksEmptyAndBackwardsCuesAreSkipped() {
        String vtt = """
                WEBVTT

                STYLE
                ::cue { color: yellow }

                REGION
                id:fred width:40%

                NOTE this note
                runs over two lines

                00:00:01.000 --> 00:00:02.000
                <i></i>

                00:00:03.000 --> 00:00:02.000
                backwards

                00:00:04.000 --> 00:00:05.000 line:0 position:20% size:60% align:start
                kept
                """;

        assertThat(WebVttParser.parse(vtt)).containsExactly(new Cue(4000, 5000, "kept"));
    }

    @Test
    void theSameWordsRightAfterStayOnScreenAndAfterAPauseComeBack() {
        String vtt = """
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                Ha ha

                00:00:02.000 --> 00:00:03.000
                Ha ha

                00:00:05.000 --> 00:00:06.000
                Ha ha
                """;

        assertThat(WebVttParser.parse(vtt)).containsExactly(
                new Cue(1000, 3000, "Ha ha"),
                new Cue(5000, 6000, "Ha ha"));
    }

    @Test
    void aFileWithoutCuesGivesNone() {
        assertThat(WebVttParser.parse("WEBVTT\n\nNOTE nothing here\n")).isEmpty();
        assertThat(WebVttParser.parse("")).isEmpty();
    }
}

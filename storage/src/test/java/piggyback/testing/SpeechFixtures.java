package piggyback.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real speech for the speech tests, made with Debian's {@code espeak-ng} and converted with
 * {@code ffmpeg} into what browsers upload ({@code ops/test} installs both). pocketsphinx hears
 * "three dogs" exactly in espeak-ng's default voice at 150 words a minute, in wav, webm, ogg, mp3
 * and m4a alike (at espeak-ng's default 175 the mp3 is misheard; most other words are misheard
 * at any rate).
 */
public final class SpeechFixtures {

    public static final String RECOGNISED_PHRASE = "three dogs";

    private SpeechFixtures() {
    }

    /** espeak-ng saying the text, as its WAV (22,050 Hz mono). */
    public static byte[] spokenWav(String text) {
        return inTempFolder(folder -> {
            Path wav = folder.resolve("speech.wav");
            run(List.of("espeak-ng", "-s", "150", "-w", wav.toString(), text));
            return Files.readAllBytes(wav);
        });
    }

    /** The audio re-encoded by ffmpeg into the container of {@code extension} (webm and ogg get opus). */
    public static byte[] convert(byte[] audio, String extension) {
        return inTempFolder(folder -> {
            Path in = folder.resolve("in.wav");
            Path out = folder.resolve("out." + extension);
            Files.write(in, audio);
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y",
                    "-i", in.toString()));
            if (extension.equals("webm") || extension.equals("ogg")) {
                command.addAll(List.of("-c:a", "libopus"));
            }
            command.add(out.toString());
            run(command);
            return Files.readAllBytes(out);
        });
    }

    /** A 16 kHz mono 16-bit WAV of silence. */
    public static byte[] silenceWav(Duration length) {
        int rate = 16_000;
        int dataBytes = (int) (length.toMillis() * rate / 1000 * 2);
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(dataBytes);
        return wav.array();
    }

    private interface InFolder {
        byte[] make(Path folder) throws Exception;
    }

    private static byte[] inTempFolder(InFolder work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("pb-speech-fixture-");
            return work.make(folder);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the speech fixture (are espeak-ng and ffmpeg installed?"
                    + " ops/test installs them)", e);
        } finally {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder of a test; the OS cleans it eventually
                }
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }
}

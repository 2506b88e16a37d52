package piggyback.ops;

import java.nio.file.Files;
import java.nio.file.Path;

import piggyback.batch.frames.FrameCursor;
import piggyback.batch.frames.FrameExtractor;
import piggyback.batch.frames.GrabbedFrame;
import piggyback.batch.frames.JpegEncoder;

/**
 * The frames step's work on one video, timed: one frame a second decoded in-process and written
 * as a JPEG file, as {@code ffmpeg -vf fps=1} does (run by ops/bench-frames).
 */
public final class FramesBenchmark {

    private FramesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        long started = System.nanoTime();
        int frames = 0;
        try (FrameCursor cursor = new FrameExtractor().open(video, 0)) {
            for (GrabbedFrame frame = cursor.next(); frame != null; frame = cursor.next()) {
                Files.write(out.resolve("%05d.jpg".formatted(frame.second())), JpegEncoder.encode(frame.image(), 0.9f));
                frames++;
            }
        }
        System.out.printf("frames step: %d frames in %.2f s%n", frames, (System.nanoTime() - started) / 1e9);
    }
}

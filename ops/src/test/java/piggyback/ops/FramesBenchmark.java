package piggyback.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        // as the frames step does: a chunk of 20 frames decoded, then encoded in parallel
        List<GrabbedFrame> chunk = new ArrayList<>();
        try (FrameCursor cursor = new FrameExtractor().open(video, 0)) {
            for (GrabbedFrame frame = cursor.next(); frame != null; frame = cursor.next()) {
                chunk.add(frame);
                frames++;
                if (chunk.size() == 20) {
                    write(chunk, out);
                }
            }
        }
        write(chunk, out);
        System.out.printf("frames step: %d frames in %.2f s%n", frames, (System.nanoTime() - started) / 1e9);
    }

    private static void write(List<GrabbedFrame> chunk, Path out) {
        chunk.parallelStream().forEach(frame -> {
            try {
                Files.write(out.resolve("%05d.jpg".formatted(frame.second())), JpegEncoder.encode(frame.image(), 0.9f));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        chunk.clear();
    }
}

package piggyback.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import piggyback.batch.frames.FrameExtractor;
import piggyback.batch.frames.FramesAhead;
import piggyback.batch.frames.GrabbedFrame;

/**
 * The frames step's work on one video, timed: one frame a second decoded in-process and written
 * as a JPEG file, as {@code ffmpeg -vf fps=1} does (run by ops/bench-frames), by the frames step's own decoders
 * side by side.
 */
public final class FramesBenchmark {

    private FramesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        long started = System.nanoTime();
        int frames = 0;
        // as the frames step does: chunks of 20 frames, each written in parallel
        List<GrabbedFrame> chunk = new ArrayList<>();
        try (FramesAhead cursor = new FrameExtractor().open(video, 0, Integer.MAX_VALUE)) {
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
                Files.write(out.resolve("%05d.jpg".formatted(frame.second())), frame.jpeg());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        chunk.clear();
    }
}

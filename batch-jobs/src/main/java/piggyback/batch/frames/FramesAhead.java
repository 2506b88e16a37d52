package piggyback.batch.frames;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Decodes a video's seconds on a thread of its own, at most {@code ahead} frames before the step
 * asks for them, so decoding goes on while a chunk is encoded and stored instead of waiting for it.
 * Bounded: memory holds {@code ahead} pictures whatever the video's length. Where the step
 * resumes after a crash is the second after the last frame handed out, not the last decoded.
 */
final class FramesAhead implements AutoCloseable {

    /** What the decoding thread hands over: a frame, or why it stopped; neither at the end. */
    private record Item(GrabbedFrame frame, RuntimeException failure) {

        static final Item END = new Item(null, null);
    }

    private final FrameCursor cursor;
    private final BlockingQueue<Item> queue;
    private final Thread decoder;
    private volatile boolean closing;
    private int nextSecond;
    private boolean ended;

    FramesAhead(FrameCursor cursor, int endSecond, int ahead, String name) {
        this.cursor = cursor;
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.nextSecond = cursor.nextSecond();
        this.decoder = new Thread(() -> decode(endSecond), name);
        decoder.setDaemon(true);
        decoder.start();
    }

    private void decode(int endSecond) {
        try {
            while (!closing) {
                GrabbedFrame frame = cursor.nextSecond() < endSecond ? cursor.next() : null;
                if (!offer(frame == null ? Item.END : new Item(frame, null)) || frame == null) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            offer(new Item(null, e));
        }
    }

    /** Waits for room; false when closing. */
    private boolean offer(Item item) {
        try {
            while (!closing) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next second's frame, or null at the end (or at the partition's end second). */
    GrabbedFrame next() {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrameExtractionException("interrupted while waiting for the next frame", e);
        }
        if (item.frame() == null) {
            ended = true;
            if (item.failure() != null) {
                throw item.failure();
            }
            return null;
        }
        nextSecond = item.frame().second() + 1;
        return item.frame();
    }

    /** The second to resume at: after the last frame handed out. */
    int nextSecond() {
        return nextSecond;
    }

    /** Stops decoding, then closes the video (never while the decoder still reads it). */
    @Override
    public void close() {
        closing = true;
        decoder.interrupt();
        try {
            decoder.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.clear();
            cursor.close();
        }
    }
}

package piggyback.batch.frames;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A video's seconds decoded ahead of the step, in blocks of {@value #BLOCK_SECONDS} seconds decoded side by side
 * by several decoders, each block's frames handed out in order. One decoder per core on its own blocks uses the
 * cores better than one decoder with FFmpeg's threads, and the frames are JPEGs by then, so a block ahead costs
 * little memory: at most one block more than there are decoders is held, whatever the video's length. Each
 * block begins with a seek, which decodes from the key frame before it. Where the step resumes after a crash is
 * the second after the last frame handed out, not the last decoded.
 */
public final class FramesAhead implements AutoCloseable {

    static final int BLOCK_SECONDS = 60;

    /** What a decoder hands over: a frame, or why it stopped; neither at the block's end. */
    private record Item(GrabbedFrame frame, RuntimeException failure) {

        static final Item END = new Item(null, null);
    }

    /** Seconds {@code first} to {@code end} (exclusive), filled by one decoder. */
    private record Block(int first, int end, BlockingQueue<Item> frames) {

        Block(int first, int end) {
            // room for every frame of the block and its end: a decoder never waits for the step
            this(first, end, new ArrayBlockingQueue<>(end - first + 1));
        }
    }

    private final IntFunction<FrameCursor> cursors;
    private final int endSecond;
    private final int blocksAhead;
    private final ExecutorService decoders;
    private final Deque<Block> blocks = new ArrayDeque<>();
    private volatile boolean closing;
    private int nextBlockStart;
    private int nextSecond;

    /**
     * @param cursors   opens a decoder at a second
     * @param endSecond where to stop (exclusive): the end of the video or of a partition's range
     */
    FramesAhead(IntFunction<FrameCursor> cursors, int fromSecond, int endSecond, int decoderCount, String name) {
        this.cursors = cursors;
        this.endSecond = endSecond;
        this.blocksAhead = decoderCount + 1;
        this.nextSecond = fromSecond;
        this.nextBlockStart = fromSecond;
        AtomicInteger threads = new AtomicInteger();
        this.decoders = Executors.newFixedThreadPool(decoderCount, task -> {
            Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        while (blocks.size() < blocksAhead && startNextBlock()) {
            // the first blocks are decoded at once
        }
    }

    private boolean startNextBlock() {
        if (closing || nextBlockStart >= endSecond) {
            return false;
        }
        Block block = new Block(nextBlockStart, Math.min(endSecond, nextBlockStart + BLOCK_SECONDS));
        nextBlockStart = block.end();
        blocks.add(block);
        decoders.execute(() -> decode(block));
        return true;
    }

    private void decode(Block block) {
        if (closing) {
            return;
        }
        try (FrameCursor cursor = cursors.apply(block.first())) {
            while (!closing && cursor.nextSecond() < block.end()) {
                GrabbedFrame frame = cursor.next();
                if (frame == null) {
                    break; // the stream ends before the container said
                }
                block.frames().add(new Item(frame, null));
            }
            block.frames().add(Item.END);
        } catch (RuntimeException e) {
            block.frames().add(new Item(null, e));
        }
    }

    /** The next second's frame, or null at the end (or at the partition's end second). */
    public GrabbedFrame next() {
        while (!blocks.isEmpty()) {
            Block block = blocks.peek();
            Item item;
            try {
                item = block.frames().take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FrameExtractionException("interrupted while waiting for the next frame", e);
            }
            if (item.failure() != null) {
                blocks.clear();
                throw item.failure();
            }
            if (item.frame() != null) {
                nextSecond = item.frame().second() + 1;
                return item.frame();
            }
            blocks.poll();
            if (nextSecond < block.end()) {
                blocks.clear(); // the video ended inside this block: nothing follows
                return null;
            }
            startNextBlock();
        }
        return null;
    }

    /** The second to resume at: after the last frame handed out. */
    public int nextSecond() {
        return nextSecond;
    }

    /** Stops decoding; each decoder closes its video when it stops (never while it still reads it). */
    @Override
    public void close() {
        closing = true;
        decoders.shutdownNow();
        try {
            decoders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            blocks.clear();
        }
    }
}

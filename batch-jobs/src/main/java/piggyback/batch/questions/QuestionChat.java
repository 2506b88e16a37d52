package piggyback.batch.questions;

import java.time.Duration;
import java.util.List;

/** One call to a vision chat model; a provider failure is thrown, with the provider's message. */
interface QuestionChat extends AutoCloseable {

    /** Asks with the system text, then the user text followed by the images, waiting at most {@code timeout}. */
    ChatReply ask(String system, String text, List<FrameImage> images, Duration timeout);

    @Override
    default void close() {
    }
}

package piggyback.batch.inbox;

/** A dropped file the inbox will not ingest; the message is written beside it in {@code failed/}. */
final class InboxRefusal extends RuntimeException {

    InboxRefusal(String reason) {
        super(reason);
    }
}

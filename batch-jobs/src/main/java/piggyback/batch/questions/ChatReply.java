package piggyback.batch.questions;

/**
 * What the chat model answered.
 *
 * @param content         the text, or null when there was none
 * @param contentFiltered whether the provider stopped the answer with its content filter
 */
record ChatReply(String content, boolean contentFiltered) {
}

package piggyback.batch.download;

/**
 * A download address that passed the host check.
 *
 * @param text  the address as given (trimmed)
 * @param kind  {@code youtube} for YouTube's hosts, {@code url} for an allow-listed host
 *              (the values of videos.source_kind)
 */
public record SourceUrl(String text, String host, String kind) {
}

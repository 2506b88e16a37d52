package piggyback.batch.download;

import java.util.List;

/**
 * A video whose source is in the store and whose row records it.
 *
 * @param files             the stored objects, relative to {@code videos/<id>/}, in name order
 * @param usedPlayerClient  the YouTube player clients of the download, empty when nothing was downloaded
 * @param reused            true when the stored source was intact and nothing was fetched
 */
public record StoredSource(String videoId, List<String> files, List<String> usedPlayerClient, boolean reused) {
}

package piggyback.batch.download;

/**
 * A video as the site describes it.
 *
 * @param id            the site's id (for YouTube the video id), not yet checked against the id rule
 * @param thumbnailUrl  the remote thumbnail address, or empty
 * @param duration      seconds, 0 when the site does not say
 */
public record VideoMetadata(String id, String title, String thumbnailUrl, double duration) {
}

package piggyback.storage.videos;

/**
 * Published after a write that may change who may see which videos: an assignment, a child (its
 * expert, parent or activity) or a video's deletion. Whoever keeps answers to "may this caller see
 * this video" in memory listens for it.
 */
public record VideoAccessChanged() {
}

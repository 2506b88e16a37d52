package piggyback.storage.quiz;

/**
 * How the video of an attempt was watched (optional fields of a saved attempt); each may be unknown.
 *
 * @param interactionMode strict, flexible or passive
 * @param sessionId       the player's own id for the viewing, if it sends one
 */
public record Viewing(Double watchMinutes, String interactionMode, String sessionId, Integer manualPauses) {
}

package piggyback.storage.quiz;

/**
 * How the video of an attempt was watched (spec §3.4.8's additive fields); each may be unknown.
 *
 * @param interactionMode strict, flexible or passive
 * @param sessionId       the player's own id for the viewing, if it sends one
 */
public record Viewing(Double watchMinutes, String interactionMode, String sessionId, Integer manualPauses) {
}

package piggyback.storage.children;

/** What a new child profile is made of; ids already validated and normalised. */
public record NewChild(String expertId, String parentId, String firstName, String lastName,
                       String iconKey, String interactionMode) {
}

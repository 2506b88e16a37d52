package piggyback.storage.children;

/**
 * A partial update of a child profile: a null field is kept as it is. The links use {@link Link}
 * because "clear the expert" and "keep the expert" are different wishes.
 */
public record ChildChanges(String firstName, String lastName, String iconKey, String interactionMode,
                           Boolean active, Link expert, Link parent) {

    /** A link to set ({@code id} non-null) or clear ({@code id} null). */
    public record Link(String id) {
        public static Link clear() {
            return new Link(null);
        }
    }

    public static ChildChanges unlinkEverything() {
        return new ChildChanges(null, null, null, null, null, Link.clear(), Link.clear());
    }

    public static ChildChanges deactivate() {
        return new ChildChanges(null, null, null, null, false, null, null);
    }

    public boolean isEmpty() {
        return firstName == null && lastName == null && iconKey == null && interactionMode == null
                && active == null && expert == null && parent == null;
    }
}

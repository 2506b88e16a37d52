package piggyback.storage.questions;

/** A save based on a revision that is no longer the current one: someone else saved first. */
public class StaleRevisionException extends RuntimeException {

    private final transient ReviewSet current;

    public StaleRevisionException(int sent, ReviewSet current) {
        super("This video's questions were changed by " + (current.updatedBy() == null ? "someone else"
                : current.updatedBy()) + " (revision " + current.revision() + ", yours was based on revision "
                + sent + "); reload to see their changes");
        this.current = current;
    }

    public ReviewSet current() {
        return current;
    }
}

package piggyback.storage.codes;

/** The code is already some other account's access code (codes are unique across accounts). */
public class AccessCodeInUseException extends RuntimeException {

    public AccessCodeInUseException() {
        super("This access code is already in use. Please choose another one.");
    }
}

package piggyback.api.kids.grading;

/**
 * The result of grading one answer, field for field the reference's {@code check_answer} body.
 *
 * @param similarity the fuzzy score rounded to 3 decimals (0.0 or 1.0 for the early decisions)
 * @param expected   the expected answer, trimmed and lower-cased
 * @param user       the child's answer, trimmed and lower-cased
 * @param isNumeric  whether the expected answer holds a number
 * @param status     {@link #CORRECT}, {@link #ALMOST} or {@link #WRONG}
 * @param reason     which rule decided, in the reference's words
 */
public record Grade(double similarity, String expected, String user, boolean isNumeric, String status,
                    String reason) {

    public static final String CORRECT = "correct";
    public static final String ALMOST = "almost";
    public static final String WRONG = "wrong";
}

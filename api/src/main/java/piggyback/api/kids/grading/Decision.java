package piggyback.api.kids.grading;

/**
 * A verdict on an answer, by one of the grader's rules or by a judge: the grade's status (correct, almost or
 * wrong; a judge's other replies count as almost) and the reason the child's grade carries.
 */
public record Decision(String status, String reason) {
}

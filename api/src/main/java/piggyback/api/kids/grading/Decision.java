package piggyback.api.kids.grading;

/** A rule's verdict on an answer: the grade's status and the reason the child's grade carries. */
record Decision(String status, String reason) {
}

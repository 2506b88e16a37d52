package piggyback.storage.questions;

/**
 * The expert's own question for a segment ({@code POST /api/expert-questions}).
 *
 * @param remove true to take the segment's own question away (the other components are then ignored)
 */
public record OwnQuestionEdit(String type, String question, String answer, boolean remove) {

    public static OwnQuestionEdit of(String type, String question, String answer) {
        return new OwnQuestionEdit(type, question, answer, false);
    }

    public static OwnQuestionEdit removed() {
        return new OwnQuestionEdit(null, null, null, true);
    }
}

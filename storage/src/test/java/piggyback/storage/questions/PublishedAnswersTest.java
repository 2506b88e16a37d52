package piggyback.storage.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.StorageTestBase;
import piggyback.testing.QuestionSetRows;

class PublishedAnswersTest extends StorageTestBase {

    @Autowired
    PublishedAnswers answers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedQuestionIsFoundWithItsAnswerAndVideo() {
        QuestionSetRows rows = new QuestionSetRows(jdbc);
        String videoId = rows.newVideo();
        long id = rows.question(videoId, "published", false, "How does the dog feel?", "happy");

        assertThat(answers.find(id)).contains(new PublishedAnswer(id, videoId, "How does the dog feel?", "happy"));
    }

    @Test
    void draftsSetsInReviewTrashedAndUnknownQuestionsAreNotFound() {
        QuestionSetRows rows = new QuestionSetRows(jdbc);
        String videoId = rows.newVideo();
        long draft = rows.question(videoId, "draft", false, "q", "a");
        long inReview = rows.question(videoId, "in_review", false, "q", "a");
        long trashed = rows.question(videoId, "published", true, "q", "a");

        assertThat(answers.find(draft)).isEmpty();
        assertThat(answers.find(inReview)).isEmpty();
        assertThat(answers.find(trashed)).isEmpty();
        assertThat(answers.find(Long.MAX_VALUE)).isEmpty();
    }
}

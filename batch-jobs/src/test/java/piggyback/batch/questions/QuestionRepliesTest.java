package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Reading a model's reply and its ranks (parse_rank). */
class QuestionRepliesTest {

    static final String REPLY = """
            {"questions": {
              "character": {"q": "Who is the hero?", "a": "Pip", "rank": 2},
              "settings": {"q": "Where are they?", "a": "in the park", "rank": "1"},
              "feeling": {"q": "How does Pip feel?", "a": "happy", "rank": 3.7},
              "action": {"q": "What does Pip pack?", "a": "a ball", "rank": " 4 "},
              "causal": {"q": "Why is Pip happy?", "a": "picnic day", "rank": 5},
              "outcome": {"q": "How does it end?", "a": "they fly a kite", "rank": 6},
              "prediction": {"q": "What will they do next?", "a": "go home", "rank": null}
            }, "best_question": "Where are they?"}""";

    @Test
    void aCompleteReplyGivesEveryCategory() {
        QuestionReplies.Read read = QuestionReplies.read(REPLY, "gen");

        assertThat(read.problem()).isNull();
        SegmentQuestions questions = read.questions();
        assertThat(questions.questions()).hasSize(7);
        assertThat(questions.questions().get(QuestionCategory.SETTING))
                .isEqualTo(new RankedQuestion("Where are they?", "in the park", 1));
        assertThat(questions.questions().get(QuestionCategory.FEELING).rank()).isEqualTo(3);
        assertThat(questions.questions().get(QuestionCategory.ACTION).rank()).isEqualTo(4);
        assertThat(questions.questions().get(QuestionCategory.PREDICTION).rank()).isNull();
        assertThat(questions.bestQuestion()).isEqualTo("Where are they?");
        assertThat(questions.generator()).isEqualTo("gen");
    }

    @Test
    void withoutABestQuestionTheRankOneQuestionIsBest() {
        String reply = REPLY.replace(", \"best_question\": \"Where are they?\"", "");

        assertThat(QuestionReplies.read(reply, "gen").questions().bestQuestion()).isEqualTo("Where are they?");
    }

    @Test
    void onlyStrictJsonIsAccepted() {
        String fenced = "```json\n" + REPLY + "\n```";

        QuestionReplies.Read read = QuestionReplies.read(fenced, "gen");

        assertThat(read.questions()).isNull();
        assertThat(read.problem().reason()).isEqualTo("invalid_json");
        assertThat(read.problem().retryable()).isTrue();
        assertThat(read.problem().rawPreview()).startsWith("```json");
    }

    @Test
    void theRawPreviewIsTheFirst300Characters() {
        String junk = "x".repeat(1000);

        assertThat(QuestionReplies.read(junk, "gen").problem().rawPreview()).hasSize(300);
    }

    @Test
    void aReplyWithoutQuestionsOrWithSomeMissingIsAProblem() {
        assertThat(QuestionReplies.read("{\"answer\": 1}", "gen").problem().reason()).isEqualTo("missing_questions");
        assertThat(QuestionReplies.read("[1, 2]", "gen").problem().reason()).isEqualTo("missing_questions");
        QuestionReplies.Read partial = QuestionReplies.read(REPLY.replace("\"q\": \"Who is the hero?\"", "\"q\": \"\""),
                "gen");
        assertThat(partial.problem().reason()).isEqualTo("missing_questions");
        assertThat(partial.problem().message()).contains("character");
    }

    @Test
    void ranksAreReadLeniently() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(Ranks.parse(json.readTree("2"))).isEqualTo(2);
        assertThat(Ranks.parse(json.readTree("2.9"))).isEqualTo(2);
        assertThat(Ranks.parse(json.readTree("\"3\""))).isEqualTo(3);
        assertThat(Ranks.parse(json.readTree("\" 4.5 \""))).isEqualTo(4);
        assertThat(Ranks.parse(json.readTree("true"))).isEqualTo(1);
        assertThat(Ranks.parse(json.readTree("false"))).isEqualTo(0);
        assertThat(Ranks.parse(json.readTree("\"\""))).isNull();
        assertThat(Ranks.parse(json.readTree("\"first\""))).isNull();
        assertThat(Ranks.parse(json.readTree("null"))).isNull();
        assertThat(Ranks.parse(json.readTree("[1]"))).isNull();
    }
}

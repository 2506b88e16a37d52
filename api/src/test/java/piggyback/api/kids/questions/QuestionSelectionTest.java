package piggyback.api.kids.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.api.web.ApiException;
import piggyback.storage.questions.CompanionLine;
import piggyback.storage.questions.SetQuestion;
import piggyback.storage.questions.SetSegment;

/** The reference's selection with the product's fixes (docs/decisions/0006-every-segment-asks.md). */
class QuestionSelectionTest {

    // The reference's worked example as rows: segment 0 has two ranked questions (expert ranks 2
    // then 1) and companion winners {bunny: setting, pig: character}; segment 1 only a trashed
    // question; segment 2 no questions but a bunny line; segment 3 one unranked question.
    private static final List<SetSegment> WORKED_EXAMPLE = List.of(
            segment(0, 0, 59, List.of(
                            question(11, "character", "Who is the hero?", "the dog", 2, 2),
                            question(12, "setting", "Where are they?", "park", 1, 1)),
                    List.of(line("pig", "character", "Ooh! WHO is the hero?!", "the dog", true),
                            line("pig", "setting", "Wow! WHERE are they?!", "park", false),
                            line("bunny", "character", "Dear friend, who is the hero?", "the dog", false),
                            line("bunny", "setting", "Sweetie, where are they?", "park", true))),
            segment(1, 60, 119, List.of(trashed(21, "action", "What does the cat do?", "jumps")), List.of()),
            segment(2, 120, 130, List.of(),
                    List.of(line("bunny", "outcome", "Sweetie, how did it end?", "happily", false))),
            segment(3, 131, 180, List.of(question(41, "prediction", "What will happen next?", "they go home", null, 0)),
                    List.of()));

    private static final KidSegment WHERE = new KidSegment(0L, 59L, "Where are they?", "park", "setting", 1, 1, 12L);
    private static final KidSegment HOW_IT_ENDED = new KidSegment(120L, 130L, "Sweetie, how did it end?", "happily",
            "outcome", null, null, null);
    // The reference drops this last segment; the product serves every segment.
    private static final KidSegment NEXT = new KidSegment(131L, 180L, "What will happen next?", "they go home",
            "prediction", null, 0, 41L);

    @Test
    void withoutACompanionTheBestRankedQuestionOfEverySegmentIsAskedTheLastOneIncluded() {
        // reference: [where, how it ended] (segment 1 skipped: all trashed; segment 3 dropped as last)
        assertThat(QuestionSelection.select(WORKED_EXAMPLE, null)).containsExactly(WHERE, HOW_IT_ENDED, NEXT);
    }

    @Test
    void thePigWinnerRewordsTheFirstItemAndTheItemDescribesTheWinnersQuestion() {
        // reference: the pig wording with question_type still "setting"; here the type, rankings and
        // question_id are those of the character question the pig line rewords
        assertThat(QuestionSelection.select(WORKED_EXAMPLE, Companion.PIG)).containsExactly(
                new KidSegment(0L, 59L, "Ooh! WHO is the hero?!", "the dog", "character", 2, 2, 11L),
                HOW_IT_ENDED, NEXT);
    }

    @Test
    void bunnyAndItsAliasRabbitUseTheBunnyWinner() {
        // reference: only "rabbit" reached the bunny wording; "bunny" was treated as no companion
        List<KidSegment> expected = List.of(
                new KidSegment(0L, 59L, "Sweetie, where are they?", "park", "setting", 1, 1, 12L), HOW_IT_ENDED, NEXT);

        assertThat(QuestionSelection.select(WORKED_EXAMPLE, Companion.fromQuery("bunny"))).isEqualTo(expected);
        assertThat(QuestionSelection.select(WORKED_EXAMPLE, Companion.fromQuery("rabbit"))).isEqualTo(expected);
    }

    @Test
    void aCompanionWithoutAWinnerKeepsTheQuestionsOwnWording() {
        assertThat(QuestionSelection.select(WORKED_EXAMPLE, Companion.ALLIGATOR))
                .containsExactly(WHERE, HOW_IT_ENDED, NEXT);
    }

    @Test
    void anUnrankedQuestionZeroOrNullSortsAfterRankedOnes() {
        // the reference sorted an expert_ranking of 0 before rank 1
        SetSegment expertRanks = segment(0, 0, 30, List.of(
                question(1, "character", "Unranked zero?", "a", null, 0),
                question(2, "feeling", "Ranked third?", "b", null, 3)), List.of());
        SetSegment modelRanks = segment(1, 30, 60, List.of(
                question(3, "character", "No ranks?", "a", null, null),
                question(4, "feeling", "Model rank 0?", "b", 0, null),
                question(5, "action", "Model rank 2?", "c", 2, null)), List.of());
        SetSegment expertBeforeModel = segment(2, 60, 90, List.of(
                question(6, "character", "Expert second?", "a", 1, 2),
                question(7, "feeling", "Expert first?", "b", 5, 1)), List.of());

        assertThat(QuestionSelection.select(List.of(expertRanks, modelRanks, expertBeforeModel), null))
                .extracting(KidSegment::questionId).containsExactly(2L, 5L, 7L);
    }

    @Test
    void equalRanksKeepTheWrittenOrderAndTrashedQuestionsAreNeverAsked() {
        SetSegment segment = segment(0, 0, 30, List.of(
                trashed(1, "character", "Thrown away?", "a"),
                question(2, "feeling", "First written?", "b", null, null),
                question(3, "action", "Second written?", "c", null, null)), List.of());

        assertThat(QuestionSelection.select(List.of(segment), null)).extracting(KidSegment::questionId)
                .containsExactly(2L);
    }

    @Test
    void aSkippedSegmentAsksNothingAndASingleSegmentIsServed() {
        SetSegment skipped = new SetSegment(0, 0, 30, true, "nothing happens", null,
                List.of(question(1, "character", "Who?", "a", 1, 1)), List.of());
        SetSegment only = segment(1, 30, 60, List.of(question(2, "action", "What?", "b", 1, 1)), List.of());

        assertThat(QuestionSelection.select(List.of(skipped, only), null)).extracting(KidSegment::questionId)
                .containsExactly(2L);
    }

    @Test
    void settingsAndSettingAreOneType() {
        SetSegment segment = segment(0, 0, 30, List.of(question(9, "settings", "Where?", "home", 1, 1)),
                List.of(line("pig", "setting", "Ooh! WHERE?!", "", true)));

        assertThat(QuestionSelection.select(List.of(segment), null)).extracting(KidSegment::questionType)
                .containsExactly("setting");
        // the winner of type setting rewords the "settings" question and keeps its answer (the line has none)
        assertThat(QuestionSelection.select(List.of(segment), Companion.PIG))
                .containsExactly(new KidSegment(0L, 30L, "Ooh! WHERE?!", "home", "setting", 1, 1, 9L));
    }

    @Test
    void aWinnerWithNoQuestionOfItsTypeHasNoQuestionIdOrRankings() {
        SetSegment segment = segment(0, 12.5, 30, List.of(question(9, "character", "Who?", "the cat", 1, 1)),
                List.of(line("alligator", "outcome", "How did it end? Answer.", "well", true)));

        assertThat(QuestionSelection.select(List.of(segment), Companion.ALLIGATOR))
                .containsExactly(new KidSegment(12.5, 30L, "How did it end? Answer.", "well", "outcome", null, null,
                        null));
    }

    @Test
    void aSegmentWithoutQuestionsFallsBackToTheChildsCompanionThenBunnyPigAlligatorInTypeOrder() {
        SetSegment segment = segment(0, 0, 30, List.of(), List.of(
                line("alligator", "outcome", "Outcome? Answer.", "x", false),
                line("alligator", "action", "Action? Answer.", "y", false),
                line("pig", "feeling", "Ooh! FEEL?!", "z", false)));

        assertThat(QuestionSelection.select(List.of(segment), Companion.ALLIGATOR)).extracting(KidSegment::question)
                .containsExactly("Action? Answer.");
        assertThat(QuestionSelection.select(List.of(segment), null)).extracting(KidSegment::question)
                .containsExactly("Ooh! FEEL?!");
    }

    @Test
    void theCompanionQueryAcceptsTheThreeCompanionsAndRabbit() {
        assertThat(Companion.fromQuery(" Pig ")).isEqualTo(Companion.PIG);
        assertThat(Companion.fromQuery("rabbit")).isEqualTo(Companion.BUNNY);
        assertThat(Companion.fromQuery(null)).isNull();
        assertThat(Companion.fromQuery("")).isNull();
        assertThatThrownBy(() -> Companion.fromQuery("dragon")).isInstanceOf(ApiException.class)
                .hasMessage("companion must be bunny, pig or alligator");
    }

    private static SetSegment segment(int index, double start, double end, List<SetQuestion> questions,
                                      List<CompanionLine> lines) {
        return new SetSegment(index, start, end, false, null, null, questions, lines);
    }

    private static SetQuestion question(long id, String type, String text, String answer, Integer llm, Integer expert) {
        return new SetQuestion(id, type, text, answer, "ai", llm, expert, false, false);
    }

    private static SetQuestion trashed(long id, String type, String text, String answer) {
        return new SetQuestion(id, type, text, answer, "ai", null, 0, true, false);
    }

    private static CompanionLine line(String companion, String type, String text, String answer, boolean winner) {
        return new CompanionLine(companion, type, text, answer, winner);
    }
}

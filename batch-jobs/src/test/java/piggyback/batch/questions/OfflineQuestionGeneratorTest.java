package piggyback.batch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import piggyback.storage.videos.FrameRow;

/** Offline questions from a realistic transcript: the bundled sample video's narration. */
class OfflineQuestionGeneratorTest {

    /** ops/sample/piggy-picnic.vtt, one cue per scene, as the frames rows carry it second by second. */
    static final List<String> STORY = List.of(
            "Pip the little pig woke up early on a sunny Saturday morning.",
            "Pip was very happy because today was the day of the big picnic.",
            "Pip packed a red ball, three apples and a blue blanket in a basket.",
            "Pip walked through the green forest to meet his friend Bella the bunny.",
            "Bella was sad because she had lost her yellow kite near the old oak tree.",
            "Pip and Bella looked everywhere, and Pip found the kite stuck in a bush.",
            "Bella smiled and said thank you, and they ran to the park by the lake.",
            "They ate the apples, played with the red ball and flew the yellow kite.",
            "When the sun went down, Pip and Bella walked home tired but very happy.",
            "What do you think Pip and Bella will do at the next picnic?");

    private static OfflineQuestionGenerator generator;

    @BeforeAll
    static void loadModels() {
        generator = new OfflineQuestionGenerator(new EnglishText());
    }

    @Test
    void theStoryGivesAQuestionForEveryCategory() {
        SegmentQuestions questions = (SegmentQuestions) generator.generate(input(STORY, null));

        Map<QuestionCategory, RankedQuestion> byCategory = questions.questions();
        assertThat(byCategory).containsOnlyKeys(QuestionCategory.values());
        assertThat(byCategory.get(QuestionCategory.ACTION)).isEqualTo(new RankedQuestion(
                "What did Pip the little pig do?", "woke up early on a sunny Saturday morning", 1));
        assertThat(byCategory.get(QuestionCategory.CHARACTER)).isEqualTo(
                new RankedQuestion("Who was very happy?", "Pip", 2));
        assertThat(byCategory.get(QuestionCategory.CAUSAL)).isEqualTo(new RankedQuestion("Why was Bella sad?",
                "because she had lost her yellow kite near the old oak tree", 3));
        assertThat(byCategory.get(QuestionCategory.FEELING)).isEqualTo(
                new RankedQuestion("How did Pip and Bella feel?", "tired and happy", 4));
        assertThat(byCategory.get(QuestionCategory.SETTING)).isEqualTo(
                new RankedQuestion("Where did Pip walk?", "through the green forest", 5));
        assertThat(byCategory.get(QuestionCategory.OUTCOME)).isEqualTo(new RankedQuestion("What happened at the end?",
                "When the sun went down, Pip and Bella walked home tired but very happy", 6));
        assertThat(byCategory.get(QuestionCategory.PREDICTION)).isEqualTo(new RankedQuestion(
                "What do you think Pip and Bella will do at the next picnic?",
                QuestionGenerator.ANY_FITTING_GUESS, 7));
        assertThat(questions.bestQuestion()).isEqualTo("What did Pip the little pig do?");
        assertThat(questions.generator()).isEqualTo("offline-opennlp");
        assertThat(questions.attempts()).isEqualTo(1);
    }

    @Test
    void everyQuestionAndAnswerComesFromTheTranscriptsWords() {
        Set<String> said = words(String.join(" ", STORY));

        SegmentQuestions questions = (SegmentQuestions) generator.generate(input(STORY.subList(0, 5), null));

        for (RankedQuestion question : questions.questions().values()) {
            if (!question.answer().equals(QuestionGenerator.ANY_FITTING_GUESS)) {
                assertThat(said).as("words of the answer %s", question.answer()).containsAll(words(question.answer()));
            }
            assertThat(question.question()).endsWith("?");
        }
        assertThat(questions.questions().values()).extracting(RankedQuestion::rank)
                .containsExactlyInAnyOrderElementsOf(rangeTo(questions.questions().size()));
    }

    @Test
    void whatIsSaidNextAnswersThePrediction() {
        SegmentQuestions questions = (SegmentQuestions) generator.generate(input(STORY.subList(0, 3),
                "Pip walked through the green forest. Then it rained."));

        assertThat(questions.questions().get(QuestionCategory.PREDICTION)).isEqualTo(new RankedQuestion(
                OfflineQuestionGenerator.PREDICTION_QUESTION, "Pip walked through the green forest",
                questions.questions().size()));
    }

    @Test
    void aCategoryTheTextDoesNotSupportGetsNoQuestion() {
        SegmentQuestions questions = (SegmentQuestions) generator.generate(input(
                List.of("The sun was shining over the hills."), null));

        // the sun is not someone, and nobody feels anything or does anything for a reason
        assertThat(questions.questions()).containsOnlyKeys(QuestionCategory.SETTING, QuestionCategory.OUTCOME,
                QuestionCategory.PREDICTION);
        assertThat(questions.questions().get(QuestionCategory.SETTING))
                .isEqualTo(new RankedQuestion("Where was the sun shining?", "over the hills", 1));
    }

    @Test
    void soGivesTheCauseOfWhatFollows() {
        SegmentQuestions questions = (SegmentQuestions) generator.generate(input(
                List.of("Then it started to rain, so the children ran under a big tree."), null));

        assertThat(questions.questions().get(QuestionCategory.CAUSAL).question())
                .isEqualTo("Why did the children run under a big tree?");
        assertThat(questions.questions().get(QuestionCategory.CAUSAL).answer()).isEqualTo("because it started to rain");
        assertThat(questions.questions().get(QuestionCategory.CHARACTER).question())
                .isEqualTo("Who ran under a big tree?");
    }

    @Test
    void aSegmentWhereNothingIsSaidGetsNoQuestionsOffline() {
        SegmentResult result = generator.generate(new SegmentInput("vid", new Segment(0, 59), List.of(),
                Transcript.of(List.of(new FrameRow(0, 64, 36, "No subtitles available"))), null));

        SegmentFailure failure = (SegmentFailure) result;
        assertThat(failure.reason()).isEqualTo("no_transcript");
        assertThat(failure.retryable()).isFalse();
        assertThat(generator.needsImages()).isFalse();
    }

    static SegmentInput input(List<String> cues, String following) {
        List<FrameRow> frames = new ArrayList<>();
        int second = 0;
        for (String cue : cues) {
            for (int i = 0; i < 6; i++) {
                frames.add(new FrameRow(second++, 64, 36, cue));
            }
        }
        return new SegmentInput("vid", new Segment(0, Math.max(0, second - 1)), List.of(), Transcript.of(frames),
                following);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static List<Integer> rangeTo(int size) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            ranks.add(i);
        }
        return ranks;
    }
}

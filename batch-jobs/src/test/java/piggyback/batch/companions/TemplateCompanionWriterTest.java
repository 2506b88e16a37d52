package piggyback.batch.companions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The offline companion lines obey every persona rule, on many kinds of question. */
class TemplateCompanionWriterTest {

    static final List<String> QUESTIONS = List.of(
            "Who is the hero?",
            "Who woke up early on a sunny Saturday morning?",
            "What did Pip the little pig do?",
            "Where did Pip walk?",
            "How did Pip and Bella feel?",
            "Why was Bella sad?",
            "Why was Bella so sad when she lost her yellow kite near the old oak tree in the park?",
            "What happened at the end?",
            "What do you think Pip and Bella will do at the next picnic?",
            "What do you think will happen next?",
            "Can you tell me what colour the ball was that Pip packed into the basket before leaving home?",
            "Which animals did Pip meet on the way to the big picnic in the green forest, and what did they say?",
            "Is it raining?",
            "Did Bella find her kite, or did Pip find it for her?",
            "How many apples did Pip pack in his basket for the picnic with Bella the bunny?",
            "What did the TV show about the NASA rocket?",
            "Where is the cat sleeping",
            "Why did the children run under a big tree when it started to rain in the afternoon?");
    private static final Set<String> GREETINGS = Set.of("sweetie", "dear", "friend", "hello", "hi", "please", "ooh",
            "wow");

    private final TemplateCompanionWriter writer = new TemplateCompanionWriter();

    @Test
    void everyQuestionGetsOneLineOfEachCompanionWithItsAnswerKept() {
        List<QuestionToReword> questions = questions();

        List<CompanionLine> lines = writer.write(questions, "Where did Pip walk?");

        assertThat(lines).hasSize(questions.size() * 3);
        for (QuestionToReword original : questions) {
            List<CompanionLine> own = lines.stream().filter(l -> l.category().equals(original.category())).toList();
            assertThat(own).extracting(CompanionLine::companion)
                    .containsExactlyInAnyOrder(Companion.BUNNY, Companion.PIG, Companion.ALLIGATOR);
            assertThat(own).extracting(CompanionLine::answer).containsOnly(original.answer());
            assertThat(own).extracting(CompanionLine::best)
                    .containsOnly(original.question().equals("Where did Pip walk?"));
        }
    }

    @Test
    void theBunnyIsGentleAndSaysTwelveWordsAtMost() {
        for (CompanionLine line : lines(Companion.BUNNY)) {
            assertThat(line.question()).as(line.question())
                    .matches("^(Sweetie|Dear friend), .*\\?$");
            assertThat(QuestionWording.count(line.question())).as(line.question()).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void theAlligatorIsBluntAndSaysEightWordsAtMost() {
        for (CompanionLine line : lines(Companion.ALLIGATOR)) {
            String text = line.question();
            assertThat(QuestionWording.count(text)).as(text).isLessThanOrEqualTo(8);
            assertThat(text).as(text).endsWith("? Answer.");
            assertThat(words(text)).as(text).doesNotContainAnyElementsOf(GREETINGS);
            assertThat(text).as(text).doesNotStartWithIgnoringCase("can you").doesNotContain(",");
        }
    }

    @Test
    void thePigIsExcitedShoutsOneOrTwoWordsAndEndsWithQuestionAndExclamationMarks() {
        for (CompanionLine line : lines(Companion.PIG)) {
            String text = line.question();
            assertThat(text).as(text).matches("^(Ooh|Wow)! .*").endsWith("?!");
            assertThat(text.toLowerCase(Locale.ROOT)).as(text).contains("tell me, tell me");
            long shouted = Arrays.stream(text.split("\\s+")).filter(QuestionWording::shouted).count();
            assertThat(shouted).as(text).isBetween(1L, 2L);
        }
    }

    @Test
    void theLinesAreAlwaysTheSame() {
        assertThat(writer.write(questions(), null)).isEqualTo(writer.write(questions(), null));
    }

    @Test
    void shortQuestionsKeepAllTheirWordsAndLongOnesDropTheLeastImportant() {
        assertThat(TemplateCompanionWriter.bunny(QuestionWording.core("Where did Pip walk?"), 0))
                .isEqualTo("Sweetie, where did Pip walk?");
        assertThat(TemplateCompanionWriter.alligator(QuestionWording.core("Where did Pip walk?")))
                .isEqualTo("Where did Pip walk? Answer.");
        assertThat(TemplateCompanionWriter.pig(QuestionWording.core("Where did Pip walk?"), 1))
                .isEqualTo("Wow! Tell me, tell me! WHERE did Pip WALK?!");
        assertThat(TemplateCompanionWriter.alligator(QuestionWording.core(
                "Why was Bella so sad when she lost her yellow kite near the old oak tree in the park?")))
                .isEqualTo("Why was Bella so sad? Answer.");
        assertThat(TemplateCompanionWriter.alligator(QuestionWording.core(
                "Can you tell me what colour the ball was that Pip packed into the basket?")))
                .isEqualTo("What colour ball was that Pip packed? Answer.");
        assertThat(TemplateCompanionWriter.alligator(QuestionWording.core(
                "What do you think Pip and Bella will do at the next picnic?")))
                .isEqualTo("What will Pip and Bella do? Answer.");
        assertThat(TemplateCompanionWriter.bunny(QuestionWording.core(
                "What do you think Pip and Bella will do at the next picnic?"), 0))
                .isEqualTo("Sweetie, what will Pip and Bella do at the next picnic?");
    }

    private List<CompanionLine> lines(Companion companion) {
        return writer.write(questions(), null).stream().filter(l -> l.companion() == companion).toList();
    }

    private static List<QuestionToReword> questions() {
        List<QuestionToReword> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            questions.add(new QuestionToReword("category" + i, QUESTIONS.get(i), "answer " + i));
        }
        return questions;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
    }
}

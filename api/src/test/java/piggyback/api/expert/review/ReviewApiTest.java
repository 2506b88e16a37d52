package piggyback.api.expert.review;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import piggyback.api.ApiClient;
import piggyback.api.kids.KidsApiTest;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import tools.jackson.databind.JsonNode;

/**
 * A test of the review routes: a family (expert with an assigned video, a parent's child of that
 * expert) whose video has the pipeline's rows, written straight through the pipeline's repositories.
 */
abstract class ReviewApiTest extends KidsApiTest {

    @Autowired
    GeneratedSegments generatedSegments;
    @Autowired
    CompanionVariants companionVariants;

    /** Two generated segments (0-59 and 60-119) and the companions' wording of segment 0. */
    Family reviewFamily() {
        Family family = family();
        generatedSegments.replaceAll(family.videoId(), List.of(
                new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline-opennlp", "What did Pip do?", null,
                        null, 1, List.of(new GeneratedQuestion("action", "What did Pip do?", "ran home", 1),
                        new GeneratedQuestion("character", "Who was happy?", "Pip", 2),
                        new GeneratedQuestion("setting", "Where did Pip walk?", "the forest", 3))),
                new GeneratedSegment(60, 119, GeneratedSegment.GENERATED, "offline-opennlp", "How did Bella feel?",
                        null, null, 1, List.of(new GeneratedQuestion("feeling", "How did Bella feel?", "sad", 1),
                        new GeneratedQuestion("outcome", "What happened at the end?", "they went home", 2)))));
        companionVariants.upsert(family.videoId(), List.of(
                new CompanionVariant(0, "action", "pig", "Ooh! What did Pip DO, tell me tell me?!", "ran home", "t"),
                new CompanionVariant(0, "character", "pig", "Wow! WHO was happy?!", "Pip", "t"),
                new CompanionVariant(0, "action", "bunny", "Sweetie, what did Pip do?", "ran home", "t"),
                new CompanionVariant(0, "action", "alligator", "What did Pip do? Answer.", "ran home", "t")));
        return family;
    }

    ApiClient expertOf(Family family) {
        return expert(family.expertId(), family.expertPassword());
    }

    static String finalQuestions(Family family) {
        return "/api/expert/video/" + family.videoId() + "/final-questions";
    }

    static String updateQuestions(Family family) {
        return "/api/expert/video/" + family.videoId() + "/update-questions";
    }

    /** The AI question of the type in the segment of a review view. */
    static JsonNode aiQuestion(JsonNode view, int segment, String type) {
        for (JsonNode question : view.path("segments").get(segment).path("aiQuestions")) {
            if (question.path("type").asString().equals(type)) {
                return question;
            }
        }
        throw new AssertionError("no " + type + " question in segment " + segment + ": " + view);
    }

    /** What a child with the companion is asked first (null companion: the plain wording). */
    JsonNode servedToChild(Family family, String companion) {
        String path = "/api/final-questions/" + family.videoId() + (companion == null ? "" : "?companion=" + companion);
        return learner(family.parentCode()).get(path).expect(200).json();
    }
}

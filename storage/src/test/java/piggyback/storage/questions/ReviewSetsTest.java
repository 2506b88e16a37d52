package piggyback.storage.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.StorageTestBase;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.testing.QuestionSetRows;

/** The review lifecycle of a video's question set: draft → in review → published, and the next draft. */
class ReviewSetsTest extends StorageTestBase {

    @Autowired
    ReviewSets reviews;
    @Autowired
    QuestionSets sets;
    @Autowired
    GeneratedSegments generated;
    @Autowired
    CompanionVariants variants;
    @Autowired
    JdbcClient jdbc;

    private String pipelineVideo() {
        String video = new QuestionSetRows(jdbc).newVideo();
        generated.replace(video, new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline", "Who ran?", null,
                null, 1, List.of(new GeneratedQuestion("character", "Who ran?", "Pip", 1),
                new GeneratedQuestion("setting", "Where?", "park", 2))));
        variants.upsert(video, List.of(new CompanionVariant(0, "character", "pig", "Ooh! WHO ran?!", "Pip", "t")));
        return video;
    }

    private static SegmentEdit comment(String text) {
        return new SegmentEdit(0, null, null, null, null, text, null, null, null, null, null, null, null);
    }

    @Test
    void aDraftMovesToReviewAndPublishesForTheKids() {
        String video = pipelineVideo();

        ReviewSet draft = reviews.working(video, "exp_one");
        assertThat(draft.status()).isEqualTo(ReviewSet.DRAFT);
        assertThat(draft.segments().get(0).questions()).extracting(ReviewQuestion::question)
                .containsExactly("Who ran?", "Where?");
        assertThat(draft.segments().get(0).lines()).extracting(ReviewLine::question).containsExactly("Ooh! WHO ran?!");
        assertThat(reviews.working(video, "exp_two").setId()).isEqualTo(draft.setId());

        ReviewSet inReview = reviews.save(video, 0, List.of(new SegmentEdit(0, null, null, null, null, null, null,
                null, List.of(new QuestionEdit(null, "setting", "Where did Pip run?", null, null, 1)), null, null,
                Map.of("pig", "character"), null)), "exp_one");
        assertThat(inReview.status()).isEqualTo(ReviewSet.IN_REVIEW);
        assertThat(inReview.revision()).isEqualTo(1);
        assertThat(sets.newestPublished(video)).isEmpty();

        ReviewSet published = reviews.publish(video, 1, List.of(), "exp_one");
        assertThat(published.published()).isTrue();
        assertThat(published.publishedBy()).isEqualTo("exp_one");
        SetSegment served = sets.newestPublished(video).orElseThrow().segments().get(0);
        assertThat(served.questions()).extracting(SetQuestion::question).containsExactly("Who ran?", "Where did Pip run?");
        assertThat(served.companionLines()).singleElement().extracting(CompanionLine::winner).isEqualTo(true);
        assertThat(reviews.decisions(video, 1)).extracting(Decision::kind).containsExactly("rank", "edit", "winner",
                "published");
    }

    @Test
    void theNextDraftCopiesThePublishedVersionAndOutnumbersDirectPublishes() {
        String video = pipelineVideo();
        reviews.publish(video, null, List.of(comment("first")), "exp_one");
        ReviewSet next = reviews.working(video, "exp_one");
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.segments().get(0).comment()).isEqualTo("first");
        // a version published meanwhile by another path takes number 3; the draft then publishes as 4
        sets.publish(video, List.of(new SegmentDraft(0, 59, false, null, null, List.of(), List.of())), "exp_two");

        ReviewSet republished = reviews.publish(video, next.revision(), List.of(comment("second")), "exp_one");

        assertThat(republished.version()).isEqualTo(4);
        assertThat(sets.newestPublished(video).orElseThrow().segments().get(0).comment()).isEqualTo("second");
        assertThat(reviews.version(video, 1).orElseThrow().segments().get(0).comment()).isEqualTo("first");
        assertThat(reviews.versions(video)).extracting(ReviewSets.VersionSummary::version).containsExactly(1, 3, 4);
    }

    @Test
    void aDraftOpenedBeforeThePipelineWroteAnythingPicksUpItsSegmentsLater() {
        String video = new QuestionSetRows(jdbc).newVideo();
        ReviewSet early = reviews.working(video, "exp_one");
        assertThat(early.segments()).isEmpty();

        generated.replace(video, new GeneratedSegment(0, 59, GeneratedSegment.GENERATED, "offline", "Who ran?", null,
                null, 1, List.of(new GeneratedQuestion("character", "Who ran?", "Pip", 1))));
        ReviewSet later = reviews.working(video, "exp_one");

        assertThat(later.version()).isEqualTo(1);
        assertThat(later.segments()).singleElement().satisfies(segment -> assertThat(segment.questions())
                .extracting(ReviewQuestion::question).containsExactly("Who ran?"));
        assertThat(reviews.working(video, "exp_one").setId()).isEqualTo(later.setId());
    }

    @Test
    void aStaleRevisionIsRefusedAndABadEditSavesNothing() {
        String video = pipelineVideo();
        reviews.save(video, 0, List.of(comment("mine")), "exp_one");

        assertThatThrownBy(() -> reviews.save(video, 0, List.of(comment("theirs")), "exp_two"))
                .isInstanceOfSatisfying(StaleRevisionException.class,
                        stale -> assertThat(stale.current().segments().get(0).comment()).isEqualTo("mine"));
        assertThatThrownBy(() -> reviews.save(video, 1, List.of(comment("lost"), new SegmentEdit(0, null, null, null,
                null, null, null, null, null, null, null, Map.of("pig", "outcome"), null)), "exp_one"))
                .isInstanceOf(IllegalArgumentException.class);

        ReviewSet after = reviews.working(video, "exp_one");
        assertThat(after.revision()).isEqualTo(1);
        assertThat(after.segments().get(0).comment()).isEqualTo("mine");
    }
}

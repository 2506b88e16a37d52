package piggyback.storage.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import piggyback.storage.StorageTestBase;
import piggyback.storage.videos.Videos;

/** Publishing versions of a video's question set and reading them back. */
class QuestionSetsTest extends StorageTestBase {

    @Autowired
    QuestionSets sets;
    @Autowired
    Videos videos;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNewestPublishedSetComesBackWholeInWrittenOrder() {
        String video = newVideo();
        sets.publish(video, List.of(
                new SegmentDraft(0, 59, false, null, "nice", List.of(
                        new QuestionDraft("character", "Who?", "the dog", "ai", 2, 1, false, false),
                        new QuestionDraft("Settings", "Where?", "park", "expert", null, null, true, true)),
                        List.of(new CompanionLine("pig", "character", "Ooh! WHO?!", "the dog", true))),
                new SegmentDraft(60, 90.5, true, "credits", null, List.of(), List.of())), "exp_one");

        QuestionSet set = sets.newestPublished(video).orElseThrow();

        assertThat(set.version()).isEqualTo(1);
        assertThat(set.status()).isEqualTo("published");
        assertThat(set.createdBy()).isEqualTo("exp_one");
        assertThat(set.publishedAt()).isNotNull();
        assertThat(set.segments()).extracting(SetSegment::segmentIndex).containsExactly(0, 1);
        SetSegment first = set.segments().get(0);
        assertThat(first.comment()).isEqualTo("nice");
        assertThat(first.questions()).extracting(SetQuestion::questionType, SetQuestion::question,
                        SetQuestion::source, SetQuestion::llmRanking, SetQuestion::expertRanking, SetQuestion::trashed)
                .containsExactly(tuple("character", "Who?", "ai", 2, 1, false),
                        tuple("setting", "Where?", "expert", null, null, true));
        assertThat(first.companionLines()).containsExactly(
                new CompanionLine("pig", "character", "Ooh! WHO?!", "the dog", true));
        SetSegment second = set.segments().get(1);
        assertThat(second.skipped()).isTrue();
        assertThat(second.skipReason()).isEqualTo("credits");
        assertThat(second.endSeconds()).isEqualTo(90.5);
        assertThat(second.questions()).isEmpty();
    }

    @Test
    void publishingAgainAddsAVersionAndKeepsTheEarlierOne() {
        String video = newVideo();
        long first = sets.publish(video, List.of(segment("Who?")), "exp_one");
        long second = sets.publish(video, List.of(segment("Who now?")), "exp_two");

        QuestionSet newest = sets.newestPublished(video).orElseThrow();

        assertThat(newest.setId()).isEqualTo(second);
        assertThat(newest.version()).isEqualTo(2);
        assertThat(newest.segments().get(0).questions().get(0).question()).isEqualTo("Who now?");
        assertThat(jdbc.sql("SELECT question FROM question_set_questions WHERE set_id = ?").param(first)
                .query(String.class).list()).containsExactly("Who?");
    }

    @Test
    void aPublishThroughThisInstanceIsServedAtOnceThoughTheNewestVersionWasKept() {
        String video = newVideo();
        assertThat(sets.newestPublished(video)).isEmpty();
        sets.publish(video, List.of(segment("Who?")), "exp_one");
        assertThat(sets.newestPublished(video).orElseThrow().version()).isEqualTo(1);

        sets.publish(video, List.of(segment("Who now?")), "exp_one");

        assertThat(sets.newestPublished(video).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aVersionPublishedByAnotherInstanceIsServedOnceTheKeptOneExpires() throws InterruptedException {
        String video = newVideo();
        assertThat(sets.newestPublished(video)).isEmpty();
        jdbc.sql("""
                INSERT INTO question_sets (video_id, version, status, created_at, updated_at, published_at)
                VALUES (?, 1, 'published', NOW(), NOW(), NOW())""").param(video).update();

        assertThat(sets.newestPublished(video)).as("still the kept answer").isEmpty();
        Thread.sleep(QuestionSets.NEWEST_TRUSTED.toMillis() + 300);
        assertThat(sets.newestPublished(video).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aDraftOrInReviewVersionIsNotServedEvenWhenNewer() {
        String video = newVideo();
        long published = sets.publish(video, List.of(segment("Who?")), "exp_one");
        jdbc.sql("""
                INSERT INTO question_sets (video_id, version, status, created_at, updated_at)
                VALUES (?, 2, 'draft', NOW(), NOW()), (?, 3, 'in_review', NOW(), NOW())""")
                .params(video, video).update();

        assertThat(sets.newestPublished(video).orElseThrow().setId()).isEqualTo(published);
        assertThat(sets.publish(video, List.of(segment("Later?")), "exp_one")).isPositive();
        assertThat(sets.newestPublished(video).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void aVideoWithNothingPublishedHasNoSet() {
        assertThat(sets.newestPublished(newVideo())).isEmpty();
        assertThat(sets.newestPublished("never_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void aQuestionIsFoundByIdWithItsVideoAndSet() {
        String video = newVideo();
        long setId = sets.publish(video, List.of(segment("First?"), segment("Second?")), "exp_one");
        long questionId = sets.newestPublished(video).orElseThrow().segments().get(1).questions().get(0).questionId();

        QuestionInSet found = sets.findQuestion(questionId).orElseThrow();

        assertThat(found.question().question()).isEqualTo("Second?");
        assertThat(found.videoId()).isEqualTo(video);
        assertThat(found.setId()).isEqualTo(setId);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.published()).isTrue();
        assertThat(found.segmentIndex()).isEqualTo(1);
        assertThat(sets.findQuestion(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aBadDraftWritesNothing() {
        String video = newVideo();
        int before = jdbc.sql("SELECT COUNT(*) FROM question_sets").query(Integer.class).single();

        assertThatThrownBy(() -> sets.publish(video, List.of(new SegmentDraft(0, 10, false, null, null,
                List.of(new QuestionDraft("colour", "Which?", "red", "ai", null, null, false, false)), List.of())),
                "exp_one")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> sets.publish(video, List.of(new SegmentDraft(0, 10, false, null, null, List.of(),
                List.of(new CompanionLine("pig", "character", "A?!", "a", true),
                        new CompanionLine("pig", "action", "B?!", "b", true)))), "exp_one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two winners");
        assertThatThrownBy(() -> sets.publish("missing_" + UUID.randomUUID().toString().substring(0, 8),
                List.of(segment("Who?")), "exp_one")).isInstanceOf(IllegalArgumentException.class);
        // a row the database refuses (an unknown companion) rolls back the set it belonged to
        assertThatThrownBy(() -> sets.publish(video, List.of(new SegmentDraft(0, 10, false, null, null, List.of(),
                List.of(new CompanionLine("dragon", "character", "Rawr?", "a", false)))), "exp_one"))
                .isInstanceOf(RuntimeException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_sets").query(Integer.class).single()).isEqualTo(before);
        assertThat(sets.newestPublished(video)).isEmpty();
    }

    @Test
    void concurrentPublishesOfOneVideoGetDistinctVersions() throws Exception {
        String video = newVideo();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> publishes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                publishes.add(() -> sets.publish(video, List.of(segment("Who?")), "exp_one"));
            }
            for (Future<Long> done : pool.invokeAll(publishes)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("SELECT version FROM question_sets WHERE video_id = ? ORDER BY version").param(video)
                .query(Integer.class).list()).containsExactly(1, 2, 3, 4);
    }

    private String newVideo() {
        String id = "v_" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(id, "youtube", "https://www.youtube.com/watch?v=" + id, "Video " + id, null, 60.0);
        return id;
    }

    private static SegmentDraft segment(String question) {
        return new SegmentDraft(0, 30, false, null, null,
                List.of(new QuestionDraft("character", question, "answer", "ai", 1, 1, false, false)), List.of());
    }
}

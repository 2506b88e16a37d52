package piggyback.storage.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import piggyback.storage.StorageTestBase;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.videos.Videos;

/** Segments and their questions are written whole; companion lines are upserted and follow their questions. */
class GeneratedSegmentsTest extends StorageTestBase {

    @Autowired
    GeneratedSegments segments;
    @Autowired
    CompanionVariants variants;
    @Autowired
    Videos videos;

    private String videoId;

    @BeforeEach
    void aVideo() {
        videoId = "vid_" + UUID.randomUUID().toString().substring(0, 8);
        videos.upsert(videoId, "upload", null, "A video", null, 120.0);
    }

    @Test
    void replacingASegmentLeavesOnlyTheNewRowsAndDropsTheOldCompanionLines() {
        segments.replace(videoId, generated(0, "Who is it?", "Where is it?"));
        variants.upsert(videoId, List.of(new CompanionVariant(0, "character", "pig", "Ooh! WHO?!", "Pip", "t")));

        segments.replace(videoId, generated(0, "Who is the hero?"));

        assertThat(segments.of(videoId)).singleElement().satisfies(segment -> {
            assertThat(segment.questions()).extracting(GeneratedQuestion::question).containsExactly("Who is the hero?");
            assertThat(segment.bestQuestion()).isEqualTo("Who is the hero?");
        });
        assertThat(variants.of(videoId)).isEmpty();
    }

    @Test
    void aFailedSegmentKeepsItsReasonAndHasNoQuestions() {
        segments.replace(videoId, new GeneratedSegment(60, 119, GeneratedSegment.FAILED, "offline-opennlp", null,
                "no_transcript", "x".repeat(3000), 1, List.of()));

        GeneratedSegment stored = segments.find(videoId, 60).orElseThrow();
        assertThat(stored.generated()).isFalse();
        assertThat(stored.errorReason()).isEqualTo("no_transcript");
        assertThat(stored.errorDetail()).hasSize(2000);
        assertThat(stored.questions()).isEmpty();
    }

    @Test
    void severalSegmentsAreWrittenAllOrNothing() {
        GeneratedSegment good = generated(0, "Who is it?");
        GeneratedSegment bad = new GeneratedSegment(60, 119, GeneratedSegment.GENERATED, "x", "q", null, null, 1,
                List.of(new GeneratedQuestion("not-a-category", "q", "a", 1)));

        assertThatThrownBy(() -> segments.replaceAll(videoId, List.of(good, bad)))
                .isInstanceOf(DataAccessException.class);
        assertThat(segments.of(videoId)).isEmpty();
    }

    @Test
    void segmentsMissingCompanionLinesAreThoseWithoutALineOfEveryCompanionForEveryQuestion() {
        segments.replaceAll(videoId, List.of(generated(0, "Who?", "Where?"), generated(60, "Why?"),
                new GeneratedSegment(120, 120, GeneratedSegment.FAILED, "x", null, "no_frames_in_segment", null, 0,
                        List.of())));
        for (String companion : List.of("bunny", "pig", "alligator")) {
            variants.upsert(videoId, List.of(new CompanionVariant(0, "character", companion, "q", "a", "t"),
                    new CompanionVariant(60, "character", companion, "q", "a", "t")));
        }

        assertThat(variants.segmentsMissingVariants(videoId)).containsExactly(0);

        for (String companion : List.of("bunny", "pig", "alligator")) {
            variants.upsert(videoId, List.of(new CompanionVariant(0, "setting", companion, "q", "a", "t")));
        }
        variants.upsert(videoId, List.of(new CompanionVariant(0, "setting", "pig", "Wow! WHERE?!", "a", "t2")));
        assertThat(variants.segmentsMissingVariants(videoId)).isEmpty();
        assertThat(variants.of(videoId)).hasSize(9)
                .contains(new CompanionVariant(0, "setting", "pig", "Wow! WHERE?!", "a", "t2"));
    }

    @Test
    void segmentsOfOneVideoWrittenInParallelDoNotDeadlock() throws Exception {
        // the questions step writes its partitions' segments at the same time
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int start = 0; start < 600; start += 60) {
                    int segmentStart = start;
                    writes.add(pool.submit(() -> segments.replace(videoId, generated(segmentStart, "Who?", "Where?"))));
                }
            }
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(segments.of(videoId)).hasSize(10).allSatisfy(segment -> assertThat(segment.questions()).hasSize(2));
    }

    private static GeneratedSegment generated(int start, String... questions) {
        String[] categories = {"character", "setting", "feeling"};
        List<GeneratedQuestion> rows = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            rows.add(new GeneratedQuestion(categories[i], questions[i], "answer " + i, i + 1));
        }
        return new GeneratedSegment(start, start + 59, GeneratedSegment.GENERATED, "test", questions[0], null, null, 1,
                rows);
    }
}

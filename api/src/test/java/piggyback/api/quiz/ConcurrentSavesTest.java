package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;

/** Saves racing each other lose nothing (the reference's read-modify-write file did). */
class ConcurrentSavesTest extends QuizApiTest {

    private static final int DEVICES = 32;
    private static final int SAVES = 1000;
    /** Each video gets SAVES / VIDEOS attempts, so a save stored under another's video would show. */
    private static final int VIDEOS = 50;

    @Test
    void aThousandConcurrentSavesGiveAThousandCompleteAttempts() throws Exception {
        Family family = family();
        String child = family.childId();
        List<ApiClient> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(learnerOf(family));
        }
        List<String> videoIds = new ArrayList<>();
        for (int i = 0; i < VIDEOS; i++) {
            videoIds.add(videoOf(family));
        }
        Set<Long> attemptIds = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        List<Future<?>> running = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            ApiClient device = devices.get(d);
            int first = d;
            running.add(pool.submit(() -> {
                start.await();
                for (int i = first; i < SAVES; i += DEVICES) {
                    ApiClient.Reply reply = device.postJson("/api/save-quiz-score", nested(child, videoIds.get(i % VIDEOS), 2, 1, 1,
                            50, 1, List.of(answer("action", "correct"), answer("feeling", "wrong"), retry())));
                    reply.expect(200);
                    attemptIds.add(reply.json().path("attempt_id").asLong());
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> saves : running) {
            saves.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(attemptIds).hasSize(SAVES);
        assertThat(attemptsOf(child)).isEqualTo(SAVES);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM quiz_attempts a
                WHERE a.child_id = ? AND (SELECT COUNT(*) FROM quiz_attempt_details d
                                          WHERE d.attempt_id = a.attempt_id) <> 3""")
                .param(child).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_attempts WHERE child_id = ? GROUP BY video_id").param(child)
                .query(Integer.class).list()).hasSize(VIDEOS).containsOnly(SAVES / VIDEOS);
        assertThat(admin().get("/api/get-quiz-scores/" + child).expect(200).json().path("total_attempts").asInt())
                .isEqualTo(SAVES);
    }
}

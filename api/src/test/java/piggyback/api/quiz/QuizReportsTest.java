package piggyback.api.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** The score history and the reports computed from saved attempts. */
class QuizReportsTest extends QuizApiTest {

    @Test
    void theChildReportFollowsTheWorkedExample() {
        Family family = family();
        String titled = videoOf(family);
        String untitled = videoOf(family);
        videos.upsert(titled, "youtube", null, "Tree Frogs", null, 125.0);
        saveWorkedExample(family, titled, untitled);

        JsonNode report = learnerOf(family).get("/api/learners/children/" + family.childId() + "/report")
                .expect(200).json();

        assertThat(report.path("success").asBoolean()).isTrue();
        assertThat(report.path("child_id").asString()).isEqualTo(family.childId());
        assertThat(report.path("overall_score").asInt()).isEqualTo(75);
        assertThat(report.path("total_attempts").asInt()).isEqualTo(2);
        assertThat(report.path("total_retries").asInt()).isEqualTo(3);
        assertThat(report.path("avg_retries_per_question").asDouble()).isEqualTo(0.6);
        assertThat(report.path("top_categories").toString()).isEqualTo(
                "[{\"type\":\"character\",\"score\":100,\"answer_count\":2},"
                        + "{\"type\":\"setting\",\"score\":50,\"answer_count\":1}]");
        JsonNode recent = report.path("recent_videos");
        assertThat(recent.findValuesAsString("video_id")).containsExactly(untitled, titled);
        assertThat(recent.findValuesAsString("video_title")).containsExactly(untitled, "Tree Frogs");
        assertThat(recent.get(0).path("percentage").asDouble()).isEqualTo(100.0);
        assertThat(recent.get(1).path("percentage").asDouble()).isEqualTo(50.0);
        assertThat(recent.get(0).path("timestamp").asString()).endsWith("+00:00");
        assertThat(recent.get(0).has("watch_minutes")).isFalse();
        assertThat(report.path("total_correct").asInt()).isEqualTo(4);
        assertThat(report.path("total_wrong").asInt()).isEqualTo(1);
        assertThat(report.path("total_questions_answered").asInt()).isEqualTo(5);
        assertThat(report.path("videos_watched").asInt()).isEqualTo(2);
        assertThat(report.path("total_watch_minutes").asInt()).isEqualTo(0);
    }

    @Test
    void theAdminAndTheExpertSeeTheSameReportTheAdminsWrapped() {
        Family family = family();
        saveWorkedExample(family, videoOf(family), videoOf(family));

        JsonNode forFamily = learnerOf(family).get("/api/learners/children/" + family.childId() + "/report")
                .expect(200).json();
        JsonNode forExpert = expertOf(family).get("/api/learners/children/" + family.childId() + "/report")
                .expect(200).json();
        JsonNode forAdmin = admin().get("/api/reports/child/" + family.childId()).expect(200).json();

        assertThat(forExpert).isEqualTo(forFamily);
        assertThat(forAdmin.path("success").asBoolean()).isTrue();
        assertThat(forAdmin.path("report")).isEqualTo(forFamily);
    }

    @Test
    void theScoreHistoryTotalsTheAttemptsOldestFirst() {
        Family family = family();
        String first = videoOf(family);
        String second = videoOf(family);
        saveWorkedExample(family, first, second);

        JsonNode scores = learnerOf(family).get("/api/get-quiz-scores/" + family.childId()).expect(200).json();

        // the score history: 1 of 2, then 3 of 3
        assertThat(scores.path("success").asBoolean()).isTrue();
        assertThat(scores.path("child_id").asString()).isEqualTo(family.childId());
        assertThat(scores.path("total_attempts").asInt()).isEqualTo(2);
        assertThat(scores.path("total_correct").asInt()).isEqualTo(4);
        assertThat(scores.path("total_questions").asInt()).isEqualTo(5);
        assertThat(scores.path("overall_percentage").asDouble()).isEqualTo(80.0);
        assertThat(scores.path("attempts").findValuesAsString("video_id")).containsExactly(first, second);
        assertThat(scores.path("attempts").get(0).path("details").size()).isEqualTo(3);
    }

    @Test
    void withoutAttemptsTheHistorySaysSoAndTheReportIsEmpty() {
        Family family = family();

        JsonNode scores = learnerOf(family).get("/api/get-quiz-scores/" + family.childId()).expect(200).json();
        JsonNode report = learnerOf(family).get("/api/learners/children/" + family.childId() + "/report")
                .expect(200).json();

        assertThat(scores.path("success").asBoolean()).isFalse();
        assertThat(scores.path("message").asString()).isEqualTo("No scores found for this child");
        assertThat(report.path("success").asBoolean()).isTrue();
        assertThat(report.path("overall_score").asInt()).isZero();
        assertThat(report.path("total_attempts").asInt()).isZero();
        assertThat(report.path("avg_retries_per_question").asDouble()).isZero();
        assertThat(report.path("top_categories").isArray()).isTrue();
        assertThat(report.path("top_categories").size()).isZero();
        assertThat(report.path("recent_videos").size()).isZero();
    }

    @Test
    void recentVideosAreTheLastFourNewestFirst() {
        Family family = family();
        ApiClient device = learnerOf(family);
        List<String> watched = List.of(videoOf(family), videoOf(family), videoOf(family), videoOf(family), videoOf(family));
        for (String video : watched) {
            device.postJson("/api/save-quiz-score", nested(family.childId(), video, 1, 1, 0, 100, 0, List.of()))
                    .expect(200);
        }

        JsonNode report = device.get("/api/learners/children/" + family.childId() + "/report").expect(200).json();

        assertThat(report.path("recent_videos").findValuesAsString("video_id"))
                .containsExactly(watched.get(4), watched.get(3), watched.get(2), watched.get(1));
        assertThat(report.path("total_attempts").asInt()).isEqualTo(5);
    }

    @Test
    void theExpertReportNarrowsToAVideoAndAModeAndShowsHowTheVideosWereWatched() {
        Family family = family();
        String pond = videoOf(family);
        String other = videoOf(family);
        videos.upsert(pond, "youtube", null, "Pond Life", null, 600.0);
        videos.upsert(other, "youtube", null, other, null, null); // a duration not known yet
        ApiClient device = learnerOf(family);
        save(device, family, pond, 50, "strict", 8.94, 2);
        save(device, family, other, 100, "flexible", 3.0, null);
        save(device, family, pond, 80, "flexible", 10.04, null);
        ApiClient expert = expertOf(family);
        String base = "/api/expert/report?child_id=" + family.childId();

        JsonNode all = expert.get(base).expect(200).json();

        assertThat(all.path("success").asBoolean()).isTrue();
        assertThat(all.path("total_attempts").asInt()).isEqualTo(3);
        assertThat(all.path("overall_score").asInt()).isEqualTo(77);
        assertThat(all.path("videos_watched").asInt()).isEqualTo(3);
        assertThat(all.path("total_watch_minutes").asInt()).isEqualTo(9 + 3 + 10);
        JsonNode recent = all.path("recent_videos");
        assertThat(recent.findValuesAsString("video_id")).containsExactly(pond, other, pond);
        assertThat(recent.get(0).path("video_title").asString()).isEqualTo("Pond Life");
        assertThat(recent.get(0).path("interaction_mode").asString()).isEqualTo("flexible");
        assertThat(recent.get(0).path("watch_minutes").asDouble()).isEqualTo(10.0);
        assertThat(recent.get(0).path("duration_minutes").asDouble()).isEqualTo(10.0);
        assertThat(recent.get(0).path("finished").asBoolean()).isTrue();
        assertThat(recent.get(0).path("manual_pauses").asInt()).isZero();
        assertThat(recent.get(1).path("video_title").asString()).isEqualTo(other);
        assertThat(recent.get(1).path("duration_minutes").asDouble()).isZero();
        assertThat(recent.get(1).path("finished").asBoolean()).isFalse();
        // 8.94 minutes show as 8.9, short of 90 % of 10.0
        assertThat(recent.get(2).path("watch_minutes").asDouble()).isEqualTo(8.9);
        assertThat(recent.get(2).path("finished").asBoolean()).isFalse();
        assertThat(recent.get(2).path("manual_pauses").asInt()).isEqualTo(2);
        assertThat(recent.get(2).path("interaction_mode").asString()).isEqualTo("strict");

        JsonNode strict = expert.get(base + "&mode=strict").expect(200).json();
        assertThat(strict.path("total_attempts").asInt()).isEqualTo(1);
        assertThat(strict.path("overall_score").asInt()).isEqualTo(50);

        JsonNode pondFlexible = expert.get(base + "&video_id=" + pond + "&mode=FLEXIBLE").expect(200).json();
        assertThat(pondFlexible.path("recent_videos").findValuesAsString("video_id")).containsExactly(pond);
        assertThat(pondFlexible.path("overall_score").asInt()).isEqualTo(80);

        JsonNode pondOnly = expert.get(base + "&video_id=" + pond + "&mode=all").expect(200).json();
        assertThat(pondOnly.path("overall_score").asInt()).isEqualTo(65);
        assertThat(pondOnly.path("total_watch_minutes").asInt()).isEqualTo(19);

        JsonNode passive = expert.get(base + "&mode=passive").expect(200).json();
        assertThat(passive.path("success").asBoolean()).isTrue();
        assertThat(passive.path("total_attempts").asInt()).isZero();
        assertThat(passive.path("videos_watched").asInt()).isZero();
        assertThat(passive.path("recent_videos").size()).isZero();
    }

    @Test
    void theExpertReportShowsTheLastSixVideos() {
        Family family = family();
        ApiClient device = learnerOf(family);
        List<String> clips = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clips.add(videoOf(family));
            save(device, family, clips.get(i), 100, "strict", 1.0, null);
        }

        JsonNode report = expertOf(family).get("/api/expert/report?child_id=" + family.childId()).expect(200).json();

        Collections.reverse(clips);
        assertThat(report.path("recent_videos").findValuesAsString("video_id"))
                .containsExactlyElementsOf(clips.subList(0, 6));
    }

    @Test
    void badReportParametersAre400s() {
        Family family = family();
        ApiClient expert = expertOf(family);

        assertThat(expert.get("/api/expert/report").expect(400).json().path("message").asString())
                .isEqualTo("child_id is required");
        assertThat(expert.get("/api/expert/report?child_id=12ab56").expect(400).json().path("message").asString())
                .isEqualTo("child_id must be 6 digits");
        assertThat(expert.get("/api/expert/report?child_id=" + family.childId() + "&mode=sometimes").expect(400)
                .json().path("message").asString()).isEqualTo("mode must be all, strict, flexible or passive");
        assertThat(expert.get("/api/expert/report?child_id=" + family.childId() + "&video_id=a.b").expect(400)
                .json().path("message").asString()).isEqualTo("video_id is invalid");
        assertThat(expert.get("/api/learners/children/12ab56/report").expect(400).json().path("success").asBoolean())
                .isFalse();
        assertThat(expert.get("/api/get-quiz-scores/1234567").expect(400).json().path("message").asString())
                .isEqualTo("child_id must be 6 digits");
        assertThat(admin().get("/api/reports/child/12ab56").expect(400).json().path("detail").asString())
                .isEqualTo("child_id must be 6 digits");
    }

    @Test
    void anAdminAskingForAnUnknownChildGets404() {
        String unknown = "%06d".formatted((int) (Math.random() * 1_000_000));
        jdbc.sql("DELETE FROM children WHERE child_id = ?").param(unknown).update();

        assertThat(admin().get("/api/reports/child/" + unknown).expect(404).json().path("detail").asString())
                .isEqualTo("Child not found");
        admin().get("/api/get-quiz-scores/" + unknown).expect(404);
        admin().get("/api/learners/children/" + unknown + "/report").expect(404);
    }

    /** The reference's two example attempts: 50 % (1 of 2, 3 retries), then 100 % (3 of 3). */
    private void saveWorkedExample(Family family, String firstVideo, String secondVideo) {
        ApiClient device = learnerOf(family);
        device.postJson("/api/save-quiz-score", nested(family.childId(), firstVideo, 2, 1, 1, 50, 3,
                List.of(answer("character", "correct"), answer("setting", "almost"), retry()))).expect(200);
        device.postJson("/api/save-quiz-score", nested(family.childId(), secondVideo, 3, 3, 0, 100, 0,
                List.of(answer("character", "correct")))).expect(200);
    }

    private static void save(ApiClient device, Family family, String video, double percentage, String mode,
                             double watchMinutes, Integer pauses) {
        Map<String, Object> body = nested(family.childId(), video, 1, percentage > 0 ? 1 : 0, 0, percentage, 0,
                List.of());
        body.put("interaction_mode", mode);
        body.put("watch_minutes", watchMinutes);
        if (pauses != null) {
            body.put("manual_pauses", pauses);
        }
        device.postJson("/api/save-quiz-score", body).expect(200);
    }
}

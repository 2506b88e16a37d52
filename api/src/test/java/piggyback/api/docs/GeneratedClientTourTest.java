package piggyback.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import piggyback.api.ApiTest;
import piggyback.batch.testing.VideoFixtures;
import piggyback.client.ApiClient;
import piggyback.client.ApiException;
import piggyback.client.api.AdminApi;
import piggyback.client.api.AuthApi;
import piggyback.client.api.ExpertApi;
import piggyback.client.api.KidsApi;
import piggyback.client.model.AnswerDetail;
import piggyback.client.model.GetPlayByVideoId200Response;
import piggyback.client.model.Grade;
import piggyback.client.model.IngestReply;
import piggyback.client.model.PostAdminChildrenRequest;
import piggyback.client.model.PostAdminExpertsRequest;
import piggyback.client.model.PostAdminParentsRequest;
import piggyback.client.model.PostAdminVerifyAccessRequest;
import piggyback.client.model.PostAdminVideosAssignmentsRequest;
import piggyback.client.model.PostCheckAnswerRequest;
import piggyback.client.model.PostExpertLoginRequest;
import piggyback.client.model.PostExpertVideoByVideoIdUpdateQuestionsRequest;
import piggyback.client.model.PostLearnersParentsLoginRequest;
import piggyback.client.model.PostSaveQuizScoreRequest;
import piggyback.client.model.Report;
import piggyback.client.model.ReviewSet;

/**
 * The README's tour, driven by the Java client openapi-generator builds from the API document
 * (java, native library): the admin brings in a video and creates an expert, a parent and a
 * child, assigns the video, the expert publishes its questions, the child's device grades an
 * answer by question_id and saves the attempt, and the child's report shows it.
 */
class GeneratedClientTourTest extends ApiTest {

    @Test
    void theReadmesTourRunsOnTheGeneratedClient() throws Exception {
        ApiClient adminSession = session();
        new AuthApi(adminSession).postAdminVerifyAccess(new PostAdminVerifyAccessRequest().password(ADMIN_PASSWORD));
        AdminApi admin = new AdminApi(adminSession);

        IngestReply uploaded = admin.postAdminVideosUpload(VideoFixtures.media().mp4().toFile(), "The sample", null,
                true, 30);
        String videoId = uploaded.getVideoId();
        awaitEnd(admin, uploaded.getExecutionId());

        String expertId = "frizzle_" + unique();
        String expertCode = "magic-bus-" + unique();
        admin.postAdminExperts(new PostAdminExpertsRequest().expertId(expertId).displayName("Ms Frizzle")
                .password(expertCode));
        String parentId = "arnold_" + unique();
        String familyCode = "arnold-" + unique();
        admin.postAdminParents(new PostAdminParentsRequest().parentId(parentId).displayName("The Arnolds")
                .loginCode(familyCode).parentPassword("our parents only"));
        String childId = admin.postAdminChildren(new PostAdminChildrenRequest().expertId(expertId).parentId(parentId)
                .firstName("Arnold").iconKey("alligator").interactionMode(PostAdminChildrenRequest.InteractionModeEnum.STRICT))
                .getChild().getChildId();
        assertThat(childId).matches("\\d{6}");
        admin.postAdminVideosAssignments(new PostAdminVideosAssignmentsRequest().videoId(videoId).expertId(expertId));

        ApiClient expertSession = session();
        new AuthApi(expertSession).postExpertLogin(new PostExpertLoginRequest().accessCode(expertCode));
        ReviewSet published = new ExpertApi(expertSession).postExpertVideoByVideoIdUpdateQuestions(videoId,
                new PostExpertVideoByVideoIdUpdateQuestionsRequest().publish(true));
        assertThat(published.getPublished()).isTrue();

        ApiClient device = session();
        assertThat(new AuthApi(device).postLearnersParentsLogin(new PostLearnersParentsLoginRequest()
                .accessCode(familyCode)).getChildren()).extracting("childId").containsExactly(childId);
        KidsApi kids = new KidsApi(device);
        GetPlayByVideoId200Response player = kids.getPlayByVideoId(videoId, childId, "pig");
        assertThat(player.getQuestions()).isNotEmpty();
        var question = player.getQuestions().get(0);
        Grade grade = kids.postCheckAnswer(new PostCheckAnswerRequest().questionId(question.getQuestionId())
                .user("i do not know"));
        assertThat(grade.getStatus()).isEqualTo("wrong");
        long attempt = kids.postSaveQuizScore(new PostSaveQuizScoreRequest().childId(childId).videoId(videoId)
                .watchMinutes(new BigDecimal("0.1")).details(List.of(new AnswerDetail().question(question.getQuestion())
                        .userAnswer("i do not know").status(grade.getStatus()).similarity(grade.getSimilarity())
                        .questionType(question.getQuestionType())))).getAttemptId();
        assertThat(attempt).isPositive();

        Report report = kids.getLearnersChildrenByChildIdReport(childId);
        assertThat(report.getTotalAttempts()).isEqualTo(1);
        assertThat(report.getTotalWrong()).isEqualTo(1);
        assertThat(report.getRecentVideos()).extracting("videoId").containsExactly(videoId);
    }

    /** A client with its own cookie jar (its own session) and its own client address. */
    private ApiClient session() {
        String address = piggyback.api.ApiClient.randomAddress();
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().cookieHandler(new CookieManager()));
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("X-Forwarded-For", address));
        return client;
    }

    private static void awaitEnd(AdminApi admin, long execution) throws ApiException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String status = admin.getAdminJobsByExecutionId(execution).getStatus();
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                assertThat(status).isEqualTo("COMPLETED");
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + execution + " did not end in 3 minutes");
    }
}

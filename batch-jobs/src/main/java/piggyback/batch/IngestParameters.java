package piggyback.batch;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What the steps of {@code ingestVideo} read: the job parameters {@code video_id} (identifying)
 * and {@code source_url} (absent for an uploaded video), and what the download step leaves in the
 * job's execution context for the later steps.
 */
public final class IngestParameters {

    public static final String VIDEO_ID = "video_id";
    public static final String SOURCE_URL = "source_url";
    /** Job execution context: the YouTube player clients that downloaded the video, comma-separated. */
    public static final String USED_PLAYER_CLIENT = "used_player_client";

    private IngestParameters() {
    }

    /** The video id, which must follow the id rule: it names object-store keys. */
    public static String videoId(JobParameters parameters) {
        String videoId = parameters.getString(VIDEO_ID);
        if (!VideoIds.isValid(videoId)) {
            throw new IllegalArgumentException("job parameter " + VIDEO_ID + " must match ^[A-Za-z0-9_-]{1,64}$, not '"
                    + videoId + "'");
        }
        return videoId;
    }

    /** The address to download from, or null for an uploaded video. */
    public static String sourceUrl(JobParameters parameters) {
        String url = parameters.getString(SOURCE_URL);
        return url == null || url.isBlank() ? null : url;
    }

    public static void setUsedPlayerClient(JobExecution job, List<String> client) {
        job.getExecutionContext().putString(USED_PLAYER_CLIENT, String.join(",", client));
    }

    public static List<String> usedPlayerClient(JobExecution job) {
        String client = job.getExecutionContext().getString(USED_PLAYER_CLIENT, "");
        return client.isEmpty() ? List.of() : Arrays.asList(client.split(","));
    }
}

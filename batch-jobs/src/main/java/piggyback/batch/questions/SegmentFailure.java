package piggyback.batch.questions;

import piggyback.batch.metrics.ReportedFailure;

/**
 * Why a segment got no questions.
 *
 * @param reason     the reason code the admin's page shows, e.g. no_frames_in_segment, model_refusal, openai_error, generation_timeout
 * @param retryable  whether trying again may help
 * @param message    the provider's or the check's message, when there is one
 * @param rawPreview the first 300 characters of a reply that was not JSON, when that was the problem
 */
public record SegmentFailure(String reason, boolean retryable, String message, String rawPreview, int attempts)
        implements SegmentResult, ReportedFailure {

    public static SegmentFailure of(String reason, boolean retryable, String message) {
        return new SegmentFailure(reason, retryable, message, null, 0);
    }

    public SegmentFailure withAttempts(int count) {
        return new SegmentFailure(reason, retryable, message, rawPreview, count);
    }
}

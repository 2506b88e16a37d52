package piggyback.batch.questions;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The job parameters of the questions step besides the video ({@link piggyback.batch.IngestParameters}):
 * {@code interval_seconds} (default 60) and {@code start_seconds} (default 0), as numbers or as text.
 */
public final class QuestionsJobParameters {

    public static final String INTERVAL_SECONDS = "interval_seconds";
    public static final String START_SECONDS = "start_seconds";
    /** The segment length when none is asked for (the admin page's default). */
    public static final int DEFAULT_INTERVAL = 60;

    private QuestionsJobParameters() {
    }

    public static int interval(JobParameters parameters) {
        return number(parameters, INTERVAL_SECONDS, DEFAULT_INTERVAL);
    }

    public static int start(JobParameters parameters) {
        return number(parameters, START_SECONDS, 0);
    }

    private static int number(JobParameters parameters, String name, int fallback) {
        JobParameter<?> value = parameters.getParameter(name);
        if (value == null || value.value() == null) {
            return fallback;
        }
        try {
            return (int) Double.parseDouble(value.value().toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the job parameter " + name + " must be a number, not '"
                    + value.value() + "'", e);
        }
    }
}

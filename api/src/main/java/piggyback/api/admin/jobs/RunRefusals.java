package piggyback.api.admin.jobs;

import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

import piggyback.api.web.ApiException;
import piggyback.batch.runs.PipelineRunException;

/** Pipeline refusals as HTTP: an unknown run or playlist is 404, a run in the wrong state 409. */
final class RunRefusals {

    private RunRefusals() {
    }

    static <T> T mapped(Supplier<T> action) {
        try {
            return action.get();
        } catch (PipelineRunException e) {
            throw new ApiException(e.kind() == PipelineRunException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND
                    : HttpStatus.CONFLICT, e.getMessage());
        }
    }
}

package piggyback.batch.scaling;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as the broker carries it: {@code <worker step> <step execution id>} in
 * plain text, rather than a serialized Java object that the receiving side would have to trust.
 */
final class PartitionRequests {

    private PartitionRequests() {
    }

    static String toText(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest fromText(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a partition request: '" + text + "'");
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}

package piggyback.batch.runs;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps why a step failed where an operator can read it: Batch stores a failure as the stack
 * trace of its outermost exception, cut at 2,500 characters, so the cause that matters (the
 * provider's refusal under "Unable to process chunk") is often lost. Every step bean gets a
 * listener that writes each failure's innermost cause, {@code Class: message}, to the step's
 * execution context under {@link #ROOT_CAUSE}.
 */
@Component
public class FailureCauses implements BeanPostProcessor {

    /** Step execution context key: the root causes of the step's failures, one a line. */
    public static final String ROOT_CAUSE = "failure.root_cause";
    private static final int MAX_LENGTH = 2000;

    private static final StepExecutionListener RECORDER = new StepExecutionListener() {
        @Override
        public ExitStatus afterStep(StepExecution step) {
            if (!step.getFailureExceptions().isEmpty()) {
                Set<String> causes = new LinkedHashSet<>();
                step.getFailureExceptions().forEach(failure -> causes.add(rootCause(failure)));
                String text = String.join("\n", causes);
                step.getExecutionContext().putString(ROOT_CAUSE,
                        text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH));
            }
            return null;
        }
    };

    FailureCauses() {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(RECORDER);
        }
        return bean;
    }

    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}

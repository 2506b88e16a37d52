package piggyback.batch.questions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of question generation.
 *
 * @param segmentBudget how long one segment may take, retries and waits included
 * (docs/decisions/0020-providers-behind-ports.md)
 * @param concurrency   how many segments the questions step generates at once
 */
@ConfigurationProperties("piggyback.questions")
public record QuestionsProperties(@DefaultValue("120s") Duration segmentBudget, @DefaultValue("2") int concurrency) {
}

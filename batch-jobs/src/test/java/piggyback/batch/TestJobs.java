package piggyback.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A job of the questions and companions steps alone, as ingestVideo runs them after the frames. */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobs {

    public static final String QUESTIONS_AND_COMPANIONS = "questionsAndCompanions";

    @Bean
    Job questionsAndCompanions(JobRepository jobRepository, Step questionsStep, Step companionsStep) {
        return new JobBuilder(QUESTIONS_AND_COMPANIONS, jobRepository).start(questionsStep).next(companionsStep)
                .build();
    }
}

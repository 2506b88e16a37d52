package piggyback.batch.privacy;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** What Quartz runs each day: one purgeExpiredData run. */
@DisallowConcurrentExecution
public class PurgeFiring implements Job {

    // Quartz makes the instance; Spring's job factory fills this in
    @Autowired
    private Purges purges;

    @Override
    public void execute(JobExecutionContext context) {
        purges.start("schedule");
    }
}

package piggyback.batch.runs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** What Quartz runs every owner check: the runs of silent processes are taken over. */
@DisallowConcurrentExecution
public class OrphanCheckFiring implements Job {

    // Quartz makes the instance; Spring's job factory fills this in
    @Autowired
    private OrphanedRuns orphans;

    @Override
    public void execute(JobExecutionContext context) {
        orphans.recover();
    }
}

package piggyback.batch;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The pipeline's beans: jobs, steps and the ports to outside services (scanned by feature package). */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class BatchJobsConfiguration {
}

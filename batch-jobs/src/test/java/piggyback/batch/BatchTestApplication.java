package piggyback.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import piggyback.storage.StorageConfiguration;

/** Boots the data layer and the pipeline's beans (no web layer) for the batch-jobs tests. */
@SpringBootApplication
@Import(StorageConfiguration.class)
public class BatchTestApplication {
}

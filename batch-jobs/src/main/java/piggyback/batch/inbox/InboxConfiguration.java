package piggyback.batch.inbox;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.file.dsl.Files;
import org.springframework.integration.file.filters.ChainFileListFilter;
import org.springframework.integration.file.filters.FileSystemPersistentAcceptOnceFileListFilter;
import org.springframework.integration.file.filters.IgnoreHiddenFileListFilter;
import org.springframework.integration.file.filters.LastModifiedFileListFilter;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;

import piggyback.batch.download.SourceDownload;
import piggyback.batch.ingest.Ingests;
import piggyback.storage.videos.Videos;

/**
 * The watched inbox ({@code piggyback.ingest.inbox}, off when empty): a Spring Integration file
 * inbound adapter polls the folder and hands each complete video file to {@link InboxFiles}. A
 * file counts as complete once it has not changed for {@code piggyback.ingest.inbox-settle};
 * each file (by path and modification time) is accepted once, across restarts and instances,
 * by a key in MySQL ({@code INT_METADATA_STORE}, region {@value #REGION}).
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@ConditionalOnExpression("'${piggyback.ingest.inbox:}' != '' && '${piggyback.roles:api,worker}'.contains('api')")
class InboxConfiguration {

    static final String REGION = "inbox";

    @Bean
    Inbox inbox(@Value("${piggyback.ingest.inbox}") String folder) throws java.io.IOException {
        return Inbox.at(Path.of(folder));
    }

    @Bean
    InboxFiles inboxFiles(Inbox inbox, SourceDownload download, Ingests ingests, Videos videos) {
        return new InboxFiles(inbox, download, ingests, videos);
    }

    @Bean
    IntegrationFlow inboxFlow(Inbox inbox, InboxFiles files, DataSource dataSource,
                              @Value("${piggyback.ingest.inbox-settle:5s}") Duration settle,
                              @Value("${piggyback.ingest.inbox-poll:2s}") Duration poll) {
        JdbcMetadataStore accepted = new JdbcMetadataStore(dataSource);
        accepted.setRegion(REGION);
        accepted.afterPropertiesSet();
        LastModifiedFileListFilter settled = new LastModifiedFileListFilter();
        settled.setAge(settle);
        ChainFileListFilter<File> filters = new ChainFileListFilter<>(List.of(
                new IgnoreHiddenFileListFilter(),
                new VideoCandidates(),
                settled,
                // last: a file still being written is not marked accepted
                new FileSystemPersistentAcceptOnceFileListFilter(accepted, "file:")));
        return IntegrationFlow.from(Files.inboundAdapter(inbox.folder().toFile()).filter(filters),
                        poller -> poller.poller(Pollers.fixedDelay(poll).maxMessagesPerPoll(20)))
                .handle(File.class, (file, headers) -> {
                    files.take(file.toPath());
                    return null;
                })
                .get();
    }
}

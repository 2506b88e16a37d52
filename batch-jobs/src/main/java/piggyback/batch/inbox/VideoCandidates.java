package piggyback.batch.inbox;

import java.io.File;

import org.springframework.integration.file.filters.AbstractFileListFilter;

/** Regular files that may be videos: not folders, not sidecars or reason files. */
final class VideoCandidates extends AbstractFileListFilter<File> {

    @Override
    public boolean accept(File file) {
        return file.isFile() && !Inbox.isCompanionFile(file.getName());
    }
}

package piggyback.batch.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;
import piggyback.storage.videos.Video;
import piggyback.storage.videos.Videos;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The download step's work (docs/architecture.md#the-job-graph), also run by the synchronous routes: brings a video's
 * source into the store as {@code videos/<id>/source.mp4} (with {@code thumbnail.jpg} and
 * {@code info.json} when the site has them) and records it in the videos row. A source already
 * stored with the recorded size and checksum is kept, so a re-run downloads nothing. Each
 * download works in its own {@link WorkFolder}, deleted afterwards whatever happens.
 */
@Service
public class SourceDownload {

    private static final Logger log = LoggerFactory.getLogger(SourceDownload.class);

    private final VideoDownloader downloader;
    private final MediaStore store;
    private final Videos videos;
    private final JsonMapper json;

    SourceDownload(VideoDownloader downloader, MediaStore store, Videos videos, JsonMapper json) {
        this.downloader = downloader;
        this.store = store;
        this.videos = videos;
        this.json = json;
    }

    public VideoMetadata probe(SourceUrl url) {
        return downloader.probe(url);
    }

    public String authSource() {
        return downloader.authSource();
    }

    /** Stores the video of the address under {@code videoId}, probing the site only when a download is needed. */
    public StoredSource fromUrl(String videoId, SourceUrl url) {
        return fromUrl(videoId, url, () -> downloader.probe(url));
    }

    /** As {@link #fromUrl(String, SourceUrl)}, with the site's metadata already probed. */
    public StoredSource fromUrl(String videoId, SourceUrl url, VideoMetadata metadata) {
        return fromUrl(videoId, url, () -> metadata);
    }

    private StoredSource fromUrl(String videoId, SourceUrl url, Supplier<VideoMetadata> metadata) {
        Optional<StoredSource> intact = intact(videoId);
        if (intact.isPresent()) {
            return intact.get();
        }
        VideoMetadata about = metadata.get();
        return inWorkFolder(work -> {
            DownloadedVideo download = downloader.download(url, work);
            Playable video = playable(download.video(), work, true);
            List<String> files = new ArrayList<>();
            storeThumbnail(videoId, download.thumbnail(), work, files);
            if (!files.contains(relative(videoId, MediaKeys.thumbnail(videoId)))) {
                storeEarlyPicture(videoId, video, work, files);
            }
            storeInfo(videoId, download.infoJson(), files);
            record(videoId, url.kind(), url.text(), about.title(), about.thumbnailUrl(), video, true, files);
            return new StoredSource(videoId, sorted(files), download.usedPlayerClient(), false);
        });
    }

    /**
     * Stores an uploaded file as the video's source, after checking that it plays (nothing is
     * stored when it does not: {@code invalid_container}).
     */
    public StoredSource fromUpload(String videoId, Path file, String title) {
        return inWorkFolder(work -> {
            Playable video = playable(file, work, false);
            List<String> files = new ArrayList<>();
            record(videoId, "upload", null, title, null, video, true, files);
            storeEarlyPicture(videoId, video, work, files);
            return new StoredSource(videoId, sorted(files), List.of(), false);
        });
    }

    /** The download step for a video without an address: its uploaded source is in the store already. */
    public StoredSource storedUpload(String videoId) {
        Optional<StoredSource> intact = intact(videoId);
        if (intact.isPresent()) {
            return intact.get();
        }
        if (!store.exists(MediaKeys.source(videoId))) {
            throw new DownloadFailure(DownloadError.NO_VIDEO_FILE,
                    "Video " + videoId + " has neither a source_url nor an uploaded file in the store.");
        }
        return inWorkFolder(work -> {
            Path copy = work.resolve("upload");
            try (InputStream in = store.get(MediaKeys.source(videoId))) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            Playable video = playable(copy, work, false);
            String title = videos.find(videoId).map(Video::title).orElse(videoId);
            List<String> files = new ArrayList<>();
            // a file that needed repair is replaced by its MP4; an intact one is not sent back
            record(videoId, "upload", null, title, null, video, !video.file().equals(copy), files);
            storeEarlyPicture(videoId, video, work, files);
            return new StoredSource(videoId, sorted(files), List.of(), false);
        });
    }

    /** The stored source, when its size and checksum are those the row recorded. */
    private Optional<StoredSource> intact(String videoId) {
        Optional<Video> row = videos.find(videoId);
        if (row.isEmpty() || row.get().sourceSize() == null || row.get().sourceSha256() == null) {
            return Optional.empty();
        }
        String key = MediaKeys.source(videoId);
        Optional<StoredObject> object = store.stat(key);
        if (object.isEmpty() || object.get().size() != row.get().sourceSize()) {
            return Optional.empty();
        }
        try (InputStream in = store.get(key)) {
            if (!Checksums.sha256(in).equals(row.get().sourceSha256())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            log.warn("cannot read the stored source of {}; downloading it again", videoId, e);
            return Optional.empty();
        }
        List<String> files = Stream.of(MediaKeys.info(videoId), key, MediaKeys.thumbnail(videoId))
                .filter(store::exists).map(k -> relative(videoId, k)).toList();
        return Optional.of(new StoredSource(videoId, files, List.of(), true));
    }

    /** A video file checked to decode, made an MP4 first when it is not one. */
    private record Playable(Path file, VideoFacts facts) {
    }

    /** @param downloaded  whether yt-dlp made the file (else it was uploaded), for the message */
    private static Playable playable(Path file, Path work, boolean downloaded) {
        try {
            Path mp4 = Mp4Container.ensureMp4(file, work);
            return new Playable(mp4, VideoFacts.of(mp4));
        } catch (VideoFacts.NoPicture e) {
            throw downloaded ? new DownloadFailure(DownloadError.NO_VIDEO_FILE,
                    "Download completed but no video file was found.")
                    : new DownloadFailure(DownloadError.INVALID_CONTAINER, "The file is not a video: it has no picture.");
        } catch (IOException e) {
            // the decoder's words name the server's temporary files: they go to the log, not the caller
            log.warn("{} {} could not be read as a video", downloaded ? "downloaded file" : "upload", file, e);
            throw new DownloadFailure(DownloadError.INVALID_CONTAINER, downloaded
                    ? "Downloaded file is not a valid MP4 container (likely HLS/TS) and could not be repaired."
                    : "The file is not a video this server can read.");
        }
    }

    private void record(String videoId, String kind, String url, String title, String thumbnailUrl, Playable video,
                        boolean putSource, List<String> files) throws IOException {
        long size = Files.size(video.file());
        String sha256 = Checksums.sha256(video.file());
        if (putSource) {
            store.putFile(MediaKeys.source(videoId), video.file(), "video/mp4");
        }
        files.add(relative(videoId, MediaKeys.source(videoId)));
        videos.upsert(videoId, kind, url, title, thumbnailUrl, video.facts().duration());
        videos.recordSource(videoId, size, sha256, video.facts().duration(), video.facts().fps());
    }

    /** The thumbnail is a nicety: one that does not convert is left out, not fatal. */
    private void storeThumbnail(String videoId, Path thumbnail, Path work, List<String> files) {
        if (thumbnail == null) {
            return;
        }
        try {
            store.putFile(MediaKeys.thumbnail(videoId), Thumbnails.toJpeg(thumbnail, work), "image/jpeg");
            files.add(relative(videoId, MediaKeys.thumbnail(videoId)));
        } catch (IOException e) {
            log.warn("video {}: thumbnail left out: {}", videoId, e.getMessage());
        }
    }

    /** A source without a thumbnail of its own gets a picture from early in it; one that fails is left out. */
    private void storeEarlyPicture(String videoId, Playable video, Path work, List<String> files) {
        try {
            store.putFile(MediaKeys.thumbnail(videoId), Thumbnails.fromVideo(video.file(), video.facts().duration(),
                    work), "image/jpeg");
            files.add(relative(videoId, MediaKeys.thumbnail(videoId)));
        } catch (IOException e) {
            log.warn("video {}: thumbnail left out: {}", videoId, e.getMessage());
        }
    }

    private void storeInfo(String videoId, Path info, List<String> files) {
        if (info == null) {
            return;
        }
        try {
            store.put(MediaKeys.info(videoId), InfoJson.withoutCookies(json, Files.readAllBytes(info)),
                    "application/json");
            files.add(relative(videoId, MediaKeys.info(videoId)));
        } catch (IOException | JacksonException e) {
            log.warn("video {}: info.json left out: {}", videoId, e.getMessage());
        }
    }

    private static String relative(String videoId, String key) {
        return key.substring(MediaKeys.prefix(videoId).length());
    }

    private static List<String> sorted(List<String> files) {
        return files.stream().sorted().toList();
    }

    private interface Work {
        StoredSource in(Path folder) throws IOException;
    }

    private static StoredSource inWorkFolder(Work work) {
        try (WorkFolder folder = WorkFolder.create("pb-ingest-")) {
            return work.in(folder.path());
        } catch (IOException e) {
            throw new DownloadFailure(DownloadError.UNEXPECTED_ERROR, "Unexpected error: " + e.getMessage(),
                    DownloadError.UNEXPECTED_ERROR.hint(), e);
        }
    }
}

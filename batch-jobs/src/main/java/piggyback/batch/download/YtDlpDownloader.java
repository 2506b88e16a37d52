package piggyback.batch.download;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link VideoDownloader} over the {@code yt-dlp} program: H.264/AAC at most 720p,
 * YouTube player clients tried in turn while YouTube answers 403, one simpler format when the
 * requested one is not offered, and the configured cookies file on every call.
 */
@Component
class YtDlpDownloader implements VideoDownloader {

    private static final Logger log = LoggerFactory.getLogger(YtDlpDownloader.class);

    static final List<List<String>> PLAYER_CLIENTS = List.of(
            List.of("android", "web"), List.of("tv", "web"), List.of("ios", "web"), List.of("web"));
    /** H.264 video and AAC audio, at most 720p; merging two streams needs ffmpeg. */
    static final String FORMAT =
            "bv*[vcodec^=avc1][ext=mp4][height<=?720]+ba[acodec^=mp4a]/b[ext=mp4][height<=?720]/b[height<=?720]/b";
    static final String FORMAT_WITHOUT_FFMPEG = "best[ext=mp4]/best";
    static final String FALLBACK_FORMAT = "bestvideo+bestaudio/best";
    static final String FALLBACK_FORMAT_WITHOUT_FFMPEG = "best";
    static final String FORMAT_NOT_AVAILABLE = "Requested format is not available";
    /** Every file of a run is named {@code video.<ext>} in the run's own folder. */
    static final String OUTPUT_NAME = "video";
    private static final List<String> VIDEO_EXTENSIONS = List.of("mp4", "webm", "mkv", "mov");
    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "webp", "png");

    private final DownloadProperties properties;
    private final JsonMapper json;
    private final boolean ffmpegOnPath;

    @Autowired
    YtDlpDownloader(DownloadProperties properties, JsonMapper json) {
        this(properties, json, onPath("ffmpeg"));
    }

    YtDlpDownloader(DownloadProperties properties, JsonMapper json, boolean ffmpegOnPath) {
        this.properties = properties;
        this.json = json;
        this.ffmpegOnPath = ffmpegOnPath;
    }

    @Override
    public VideoMetadata probe(SourceUrl url) {
        List<String> command = command();
        command.addAll(List.of("--dump-json", "--skip-download", "--", url.text()));
        CommandRunner.Result result = run(command, properties.probeTimeout());
        if (!result.succeeded()) {
            throw failure(ToolMessages.errorOf(result));
        }
        String first = result.stdout().lines().filter(line -> line.startsWith("{")).findFirst().orElse("");
        try {
            JsonNode info = json.readTree(first);
            return new VideoMetadata(text(info, "id", "unknown"), text(info, "title", "Untitled Video"),
                    text(info, "thumbnail", ""), info.path("duration").asDouble(0));
        } catch (JacksonException e) {
            throw new DownloadFailure(DownloadError.DOWNLOAD_ERROR, "Download error: yt-dlp gave no metadata for "
                    + url.text());
        }
    }

    @Override
    public DownloadedVideo download(SourceUrl url, Path folder) {
        String lastForbidden = null;
        for (List<String> client : PLAYER_CLIENTS) {
            CommandRunner.Result result = run(mainDownload(url, folder, client), properties.timeout());
            if (!result.succeeded() && ToolMessages.errorOf(result).contains(FORMAT_NOT_AVAILABLE)) {
                result = run(fallbackDownload(url, folder), properties.timeout());
            }
            if (result.succeeded()) {
                return collect(folder, client);
            }
            String error = ToolMessages.errorOf(result);
            if (!error.contains("403")) {
                throw failure(error);
            }
            log.info("yt-dlp was refused (403) with player client {}; trying the next", client);
            lastForbidden = error;
        }
        throw failure(lastForbidden);
    }

    @Override
    public SubtitleDownload fetchSubtitles(SourceUrl url, Path folder, List<String> playerClient) {
        List<String> command = command();
        command.addAll(List.of("--skip-download", "--write-subs", "--write-auto-subs", "--sub-langs", "en",
                "--sub-format", "vtt"));
        if (!playerClient.isEmpty()) {
            command.addAll(clientArguments(playerClient));
        }
        command.addAll(List.of("-o", template(folder), "--", url.text()));
        String warning;
        try {
            CommandRunner.Result result = run(command, properties.probeTimeout());
            warning = result.succeeded() ? null : ToolMessages.errorOf(result);
        } catch (DownloadFailure e) {
            warning = e.getMessage();
        }
        return new SubtitleDownload(subtitleFile(folder), warning);
    }

    @Override
    public List<String> playlistEntries(SourceUrl url) {
        List<String> command = command(false);
        command.addAll(List.of("--flat-playlist", "-J", "--", url.text()));
        CommandRunner.Result result = run(command, properties.probeTimeout());
        if (!result.succeeded()) {
            throw failure(ToolMessages.errorOf(result));
        }
        try {
            JsonNode info = json.readTree(result.stdout());
            if (!info.has("entries")) {
                return List.of(text(info, "webpage_url", url.text()));
            }
            List<String> entries = new ArrayList<>();
            for (JsonNode entry : info.path("entries")) {
                String address = text(entry, "url", "");
                if (address.isEmpty() && !text(entry, "id", "").isEmpty()) {
                    address = "https://www.youtube.com/watch?v=" + text(entry, "id", "");
                }
                if (!address.isEmpty()) {
                    entries.add(address);
                }
            }
            return entries;
        } catch (JacksonException e) {
            throw new DownloadFailure(DownloadError.DOWNLOAD_ERROR, "Download error: yt-dlp gave no playlist for "
                    + url.text());
        }
    }

    @Override
    public String authSource() {
        return cookieFile() != null ? "cookiefile" : "none";
    }

    private List<String> mainDownload(SourceUrl url, Path folder, List<String> client) {
        List<String> command = command();
        command.addAll(List.of("-f", ffmpegOnPath ? FORMAT : FORMAT_WITHOUT_FFMPEG, "--merge-output-format", "mp4"));
        if (ffmpegOnPath) {
            command.addAll(List.of("--remux-video", "mp4"));
        }
        command.addAll(List.of("--no-progress", "--write-thumbnail", "--write-info-json"));
        command.addAll(clientArguments(client));
        command.addAll(List.of("-o", template(folder), "--", url.text()));
        return command;
    }

    /** The retry when the format is not offered: as the reference, without merging, remuxing or player client. */
    private List<String> fallbackDownload(SourceUrl url, Path folder) {
        List<String> command = command();
        command.addAll(List.of("-f", ffmpegOnPath ? FALLBACK_FORMAT : FALLBACK_FORMAT_WITHOUT_FFMPEG,
                "--no-progress", "--write-thumbnail", "--write-info-json", "-o", template(folder), "--", url.text()));
        return command;
    }

    /** The start of every call: no user or system config file changes what runs, one video only. */
    private List<String> command() {
        return command(true);
    }

    private List<String> command(boolean singleVideo) {
        List<String> command = new ArrayList<>(List.of(properties.ytDlp(), "--ignore-config"));
        if (singleVideo) {
            command.add("--no-playlist");
        }
        Path cookies = cookieFile();
        if (cookies != null) {
            command.addAll(List.of("--cookies", cookies.toString()));
        }
        return command;
    }

    private static List<String> clientArguments(List<String> client) {
        return List.of("--extractor-args", "youtube:player_client=" + String.join(",", client));
    }

    private static String template(Path folder) {
        return folder.resolve(OUTPUT_NAME + ".%(ext)s").toString();
    }

    private Path cookieFile() {
        if (properties.cookieFile().isEmpty()) {
            return null;
        }
        Path file = Path.of(properties.cookieFile());
        if (!Files.isReadable(file)) {
            log.warn("the cookies file {} (YTDLP_COOKIEFILE) cannot be read; downloading without cookies", file);
            return null;
        }
        return file;
    }

    private CommandRunner.Result run(List<String> command, Duration timeout) {
        try {
            return CommandRunner.run(command, timeout);
        } catch (IOException e) {
            throw new DownloadFailure(DownloadError.DOWNLOAD_ERROR,
                    "Download error: cannot run yt-dlp ('" + properties.ytDlp() + "'): " + e.getMessage(),
                    "Install yt-dlp (Debian: apt-get install yt-dlp) or set piggyback.download.yt-dlp"
                            + " (PIGGYBACK_YT_DLP) to its path.", e);
        } catch (TimeoutException e) {
            throw new DownloadFailure(DownloadError.DOWNLOAD_ERROR, "Download error: " + e.getMessage());
        }
    }

    private static DownloadFailure failure(String error) {
        DownloadError kind = error.contains(FORMAT_NOT_AVAILABLE) ? DownloadError.FORMAT_UNAVAILABLE
                : error.contains("403") ? DownloadError.FORBIDDEN_403
                : DownloadError.DOWNLOAD_ERROR;
        return new DownloadFailure(kind, "Download error: " + error);
    }

    private static DownloadedVideo collect(Path folder, List<String> client) {
        Path video = firstExisting(folder, VIDEO_EXTENSIONS);
        if (video == null) {
            throw new DownloadFailure(DownloadError.NO_VIDEO_FILE, "Download completed but no video file was found.");
        }
        Path info = folder.resolve(OUTPUT_NAME + ".info.json");
        return new DownloadedVideo(video, firstExisting(folder, IMAGE_EXTENSIONS), Files.isRegularFile(info) ? info : null,
                client);
    }

    private static Path firstExisting(Path folder, List<String> extensions) {
        return extensions.stream().map(ext -> folder.resolve(OUTPUT_NAME + "." + ext))
                .filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** {@code video.en.vtt}, else any other subtitles file yt-dlp wrote. */
    private static Path subtitleFile(Path folder) {
        Path english = folder.resolve(OUTPUT_NAME + ".en.vtt");
        if (Files.isRegularFile(english)) {
            return english;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".vtt")).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode info, String field, String fallback) {
        JsonNode value = info.path(field);
        return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString() : fallback;
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}

package piggyback.storage.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import piggyback.storage.StorageTestBase;

/** The media store against a real S3 server (S3Proxy in this JVM). */
class MediaStoreTest extends StorageTestBase {

    @Autowired
    MediaStore store;

    @Test
    void putStatGetListAndDelete() {
        String prefix = "videos/" + UUID.randomUUID() + "/";
        store.put(prefix + "info.json", "{\"title\":\"Cats\"}".getBytes(StandardCharsets.UTF_8), "application/json");
        store.put(prefix + "frames/0.jpg", new byte[] {1, 2, 3}, "image/jpeg");

        assertThat(store.stat(prefix + "info.json")).hasValueSatisfying(object -> {
            assertThat(object.size()).isEqualTo(16);
            assertThat(object.contentType()).isEqualTo("application/json");
        });
        assertThat(new String(store.getBytes(prefix + "info.json"), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"Cats\"}");
        assertThat(store.list(prefix)).extracting(StoredObject::key)
                .containsExactly(prefix + "frames/0.jpg", prefix + "info.json");

        assertThat(store.deleteAll(prefix)).isEqualTo(2);
        assertThat(store.stat(prefix + "info.json")).isEmpty();
        assertThat(store.list(prefix)).isEmpty();
    }

    @Test
    void writingAKeyAgainReplacesTheObject() {
        String key = "videos/" + UUID.randomUUID() + "/thumbnail.jpg";
        store.put(key, new byte[] {1}, "image/jpeg");
        store.put(key, new byte[] {2, 2}, "image/jpeg");

        assertThat(store.getBytes(key)).containsExactly(2, 2);
        assertThat(store.list(key)).hasSize(1);
    }

    @Test
    void aLargeStreamOfUnknownLengthIsUploadedInPartsAndReadsBackIdentical() throws Exception {
        byte[] video = new byte[40 * 1024 * 1024 + 123];
        new Random(7).nextBytes(video);
        String key = "videos/" + UUID.randomUUID() + "/source.mp4";

        store.put(key, new ByteArrayInputStream(video), -1, "video/mp4");

        assertThat(store.stat(key).orElseThrow().size()).isEqualTo(video.length);
        try (InputStream in = store.get(key)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(video));
        }
        try (InputStream in = store.get(key, 1000, 10)) {
            assertThat(in.readAllBytes()).containsExactly(java.util.Arrays.copyOfRange(video, 1000, 1010));
        }
        store.delete(key);
    }

    @Test
    void aPresignedUrlLetsAPlainHttpClientDownloadTheObject() throws Exception {
        String key = "videos/" + UUID.randomUUID() + "/note.txt";
        store.put(key, "hello".getBytes(StandardCharsets.UTF_8), "text/plain");

        String url = store.presignedGet(key, Duration.ofMinutes(5));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void readingAMissingObjectIsAClearError() {
        assertThatThrownBy(() -> store.getBytes("videos/missing/" + UUID.randomUUID()))
                .isInstanceOf(MediaStoreException.class)
                .hasMessageContaining("get videos/missing/");
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}

package piggyback.storage.media;

import java.time.Instant;

/** What the store knows about one object. */
public record StoredObject(String key, long size, String etag, Instant lastModified, String contentType) {
}

package piggyback.storage.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;

/**
 * The object store for media (videos, frames, audio) over the MinIO client. Keys are
 * deterministic, so writing a key again replaces the object instead of adding a copy.
 */
public class MediaStore {

    private static final String DEFAULT_TYPE = "application/octet-stream";

    private final MinioClient client;
    private final String bucket;
    private final long partSize;

    public MediaStore(MinioClient client, String bucket, long partSize) {
        this.client = client;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    public String bucket() {
        return bucket;
    }

    /**
     * Creates the bucket when it does not exist yet. Several instances starting at once (API
     * instances, pipeline workers) may race to create it: the loser finds it made, which is fine.
     */
    public void ensureBucket() {
        call("create bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                } catch (ErrorResponseException e) {
                    if (!"BucketAlreadyOwnedByYou".equals(e.errorResponse().code())) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    public void put(String key, byte[] bytes, String contentType) {
        put(key, new java.io.ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /**
     * Streams an upload; {@code size} may be -1 when unknown, then the stream is sent in
     * multipart chunks and never held in memory whole.
     */
    public void put(String key, InputStream in, long size, String contentType) {
        call("put " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key)
                .stream(in, size, size >= 0 && size < partSize ? -1 : partSize)
                .contentType(contentType == null ? DEFAULT_TYPE : contentType)
                .build()));
    }

    public void putFile(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new MediaStoreException("cannot read " + file, e);
        }
    }

    /** Opens the object for reading; the caller closes the stream. */
    public InputStream get(String key) {
        return call("get " + key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    /** Reads a byte range of the object (for HTTP range requests on videos). */
    public InputStream get(String key, long offset, long length) {
        return call("get " + key, () -> client.getObject(GetObjectArgs.builder()
                .bucket(bucket).object(key).offset(offset).length(length).build()));
    }

    public byte[] getBytes(String key) {
        try (InputStream in = get(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MediaStoreException("cannot read " + key, e);
        }
    }

    /** The object's metadata, or empty when there is no such object. */
    public Optional<StoredObject> stat(String key) {
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return Optional.of(new StoredObject(key, stat.size(), stat.etag(),
                    stat.lastModified() == null ? null : stat.lastModified().toInstant(), stat.contentType()));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new MediaStoreException("stat " + key, e);
        } catch (Exception e) {
            throw new MediaStoreException("stat " + key, e);
        }
    }

    public boolean exists(String key) {
        return stat(key).isPresent();
    }

    /** Every object under the prefix, in key order. */
    public List<StoredObject> list(String prefix) {
        return call("list " + prefix, () -> {
            List<StoredObject> objects = new ArrayList<>();
            for (Result<Item> result : client.listObjects(
                    ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
                Item item = result.get();
                objects.add(new StoredObject(item.objectName(), item.size(), item.etag(),
                        item.lastModified() == null ? null : item.lastModified().toInstant(), null));
            }
            return objects;
        });
    }

    public void delete(String key) {
        call("delete " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** Deletes every object under the prefix; returns how many. */
    public int deleteAll(String prefix) {
        List<StoredObject> objects = list(prefix);
        objects.forEach(object -> delete(object.key()));
        return objects.size();
    }

    /** A time-limited URL that lets a client GET the object straight from the store. */
    public String presignedGet(String key, Duration validFor) {
        return call("presign " + key, () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.GET).bucket(bucket).object(key).expiry((int) validFor.toSeconds()).build()));
    }

    private interface StoreCall<T> {
        T run() throws Exception;
    }

    private static <T> T call(String what, StoreCall<T> call) {
        try {
            return call.run();
        } catch (MediaStoreException e) {
            throw e;
        } catch (Exception e) {
            throw new MediaStoreException("object store: " + what + " failed: " + e.getMessage(), e);
        }
    }
}

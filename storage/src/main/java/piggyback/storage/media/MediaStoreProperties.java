package piggyback.storage.media;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bytes live: any S3 store (MinIO in production, S3Proxy in the quick start and tests).
 *
 * @param endpoint  e.g. {@code http://127.0.0.1:9000}
 * @param bucket    created on start when missing
 * @param partSize  multipart chunk for streaming uploads of unknown length
 */
@ConfigurationProperties("piggyback.s3")
public record MediaStoreProperties(String endpoint, String accessKey, String secretKey, String region,
                                   String bucket, Long partSize) {

    public MediaStoreProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        bucket = bucket == null || bucket.isBlank() ? "piggyback" : bucket;
        partSize = partSize == null ? 16L * 1024 * 1024 : partSize;
    }
}

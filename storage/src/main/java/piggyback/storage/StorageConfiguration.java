package piggyback.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.minio.MinioClient;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.MediaStoreProperties;

/** The data layer's beans: repositories and the access-code digester (scanned) and the media store. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(MediaStoreProperties.class)
public class StorageConfiguration {

    @Bean
    MediaStore mediaStore(MediaStoreProperties properties) {
        if (properties.endpoint() == null || properties.endpoint().isBlank()) {
            throw new IllegalStateException("piggyback.s3.endpoint is not set: point it at MinIO/S3"
                    + " (PIGGYBACK_S3_ENDPOINT), or start the product with ops/run, which embeds one");
        }
        MinioClient client = MinioClient.builder()
                .endpoint(properties.endpoint())
                .credentials(properties.accessKey(), properties.secretKey())
                .region(properties.region())
                .build();
        MediaStore store = new MediaStore(client, properties.bucket(), properties.partSize());
        store.ensureBucket();
        return store;
    }
}

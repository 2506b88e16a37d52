package piggyback.api.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;

/**
 * The application's JSON mapper refuses an object that names a field twice. Jackson otherwise keeps
 * the last value, so a body could show one reader (a proxy, a log, an audit) one value and the
 * server another; the refusal is the malformed-JSON 422 of {@link ApiExceptionHandler}.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer refuseDuplicateFields() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}

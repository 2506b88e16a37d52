package piggyback.api.web;

import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API writes objects as JSON only. Spring MVC adds a writer for every object format it finds on
 * the classpath (XML arrives with S3Proxy), and a browser sent to an API address asks for XHTML
 * first: it was handed an XML document whose element names came from a client, and ran it as a page
 * of this origin. Without those writers the same request gets JSON (browsers accept any type
 * last), and a client that accepts only another format gets 406.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyResponses implements WebMvcConfigurer {

    /** Types a kept converter may declare: JSON, plain text and bytes, and the form bodies it reads. */
    private static final Set<MediaType> ALLOWED = Set.of(MediaType.ALL, MediaType.APPLICATION_JSON,
            MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.MULTIPART_MIXED, MediaType.MULTIPART_RELATED);

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.removeIf(JsonOnlyResponses::writesAnotherFormat));
    }

    static boolean writesAnotherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(type -> !isAllowed(type));
    }

    private static boolean isAllowed(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.equals("json") || subtype.endsWith("+json")
                || ALLOWED.stream().anyMatch(allowed -> allowed.equalsTypeAndSubtype(type));
    }
}

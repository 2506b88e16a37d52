package piggyback.storage.codes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access-code digester, keyed by the server's code secret (here, so the storage root needs no codes package). */
@Configuration(proxyBeanMethods = false)
class CodesConfiguration {

    @Bean
    CodeDigester codeDigester(@Value("${piggyback.security.code-secret}") String secret) {
        return new CodeDigester(secret);
    }
}

package piggyback.api.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** In the {@code prod} profile, refuses to start with the development access-code secret. */
@Component
class ProductionSecrets implements InitializingBean {

    static final String DEVELOPMENT_CODE_SECRET = "dev-only-code-secret-change-me";

    private final Environment environment;
    private final SecurityProperties properties;

    ProductionSecrets(Environment environment, SecurityProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("prod"))
                && (properties.codeSecret() == null || properties.codeSecret().length() < 16
                || DEVELOPMENT_CODE_SECRET.equals(properties.codeSecret()))) {
            throw new IllegalStateException(
                    "PIGGYBACK_CODE_SECRET must be set to a random secret of at least 16 characters in the prod profile");
        }
    }
}

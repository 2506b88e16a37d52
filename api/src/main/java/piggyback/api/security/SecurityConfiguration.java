package piggyback.api.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import piggyback.api.web.SecurityHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (docs/decisions/0009-who-may-call-what.md). The URL rules here give each area its role; finer rules
 * (this expert's children, this learner's family) are checked by the features themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, AllowedOrigins.class})
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, SecurityProperties properties,
                            AllowedOrigins allowedOrigins) throws Exception {
        JsonRefusals refusals = new JsonRefusals(json);
        http
                // no CSRF tokens: the session cookie is SameSite=Lax (other sites' pages cannot send
                // it with a POST) and SameOriginWrites refuses writes that a browser says come from
                // another origin of the same site (another port or subdomain); an allowed origin's
                // single-page app (CORS with credentials) counts as this origin
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(allowedOrigins))
                .addFilterAfter(new SameOriginWrites(refusals, allowedOrigins), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterAfter(new AbsoluteSessionTimeout(properties), SecurityContextHolderFilter.class)
                // pages send the browser to the admin login; everything else answers JSON 401/403
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(AdminLoginRedirect.INSTANCE, AdminLoginRedirect.PAGES)
                        .defaultAuthenticationEntryPointFor(refusals, AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(AdminLoginRedirect.INSTANCE, AdminLoginRedirect.PAGES)
                        .defaultAccessDeniedHandlerFor(refusals, AnyRequestMatcher.INSTANCE))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/api/config", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/verify-password", "/api/admin/verify-access",
                                "/api/expert/login", "/api/expert/logout", "/api/learners/parents/login",
                                "/api/parents/login", "/api/parents/logout", "/api/parents/password")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/admin/login", "/admin/login.html", "/admin/login.js",
                                "/admin/console.css")
                        .permitAll()
                        .requestMatchers("/api/admin/**", "/api/reports/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**", "/admin", "/ops/**", "/ops", "/api/ops/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/expert/**").hasRole(Role.EXPERT.name())
                        // a family's own routes: never a child's device (it signs in with the family code)
                        .requestMatchers("/api/parents/**").hasAnyRole(Role.PARENT.name(), Role.EXPERT.name())
                        .requestMatchers("/api/expert-questions", "/api/expert-questions/**",
                                "/api/save-final-questions", "/api/expert-annotations").hasRole(Role.EXPERT.name())
                        .requestMatchers("/api/videos-list").hasAnyRole(Role.EXPERT.name(), Role.ADMIN.name())
                        .requestMatchers("/api/download", "/api/frames/**", "/api/submit-questions", "/ws/questions/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/**", "/downloads/**").authenticated()
                        .anyRequest().permitAll());
        return http.build();
    }

    /**
     * Puts {@link NearCachedSessions} in front of the session store Boot configures (a
     * post-processor, because a session repository bean of our own would switch Boot's off).
     */
    @Bean
    static BeanPostProcessor nearCachedSessions(ObjectProvider<PlatformTransactionManager> transactions,
                                                ObjectProvider<SecurityProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository store)) {
                    return bean;
                }
                TransactionTemplate writes = new TransactionTemplate(transactions.getObject());
                writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                return new NearCachedSessions<>(store, Duration.ofMinutes(1), properties.getObject().nearCacheTtl(),
                        writes);
            }
        };
    }

    /**
     * Spring Session's own statements run without a transaction: see NearCachedSessions.
     * Injected by this name only, so it never stands in for Boot's TransactionTemplate.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /**
     * No observation around each of Spring Security's filters and decisions: their timers cost
     * more than the API call they measure. {@code http.server.requests} still times every request.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** No username/password users: sessions are made by the login routes only (and Boot then
     *  creates no default user with a generated password). */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("sign in through the login routes");
        };
    }
}

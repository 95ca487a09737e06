package dev.newsflow.security;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * API-key security for a newsflow service: writes and operations need a key, reads are open unless
 * {@code newsflow.security.reads-open=false}, actuator's health, info and prometheus are open (health details only
 * with a key), every other actuator endpoint needs a key. No session, no cookie, no login page, so no CSRF token:
 * a key sent in a header is not something a browser adds on its own.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableWebSecurity
public class NewsflowSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NewsflowSecurityAutoConfiguration.class);

    @Bean
    ApiKeys apiKeys(SecuritySettings settings) {
        ApiKeys keys = ApiKeys.from(settings);
        if (keys.isEmpty()) {
            log.warn("no API key configured: every write is refused (403) until one is; set NEWSFLOW_SECURITY_KEYS or"
                    + " NEWSFLOW_SECURITY_KEYS_FILE");
        } else {
            log.info("{} API key(s) from {}; writes need header {}; reads {}", keys.count(), keys.origin(),
                    settings.header(), settings.readsOpen() ? "open" : "need a key too");
        }
        KeyFilePermissions.warnIfReadableByOthers(settings.keysFile());
        return keys;
    }

    /** Keys are the only credentials: this keeps Spring Boot from creating a default user with a logged password. */
    @Bean
    AuthenticationManager noPasswordLogin() {
        return authentication -> {
            throw new ProviderNotFoundException("newsflow authenticates API keys only");
        };
    }

    @Bean
    SecurityFilterChain newsflowSecurityFilterChain(HttpSecurity http, ApiKeys keys, SecuritySettings settings)
            throws Exception {
        ProblemAnswers problems = new ProblemAnswers(keys, settings.header());
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, settings.header(), problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    // the error page renders the original request's failure, already authorised or refused
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll();
                    requests.requestMatchers(EndpointRequest.toAnyEndpoint()).authenticated();
                    // CORS preflights never carry the key
                    requests.requestMatchers(HttpMethod.OPTIONS).permitAll();
                    if (settings.readsOpen()) {
                        requests.requestMatchers(HttpMethod.GET).permitAll();
                        requests.requestMatchers(HttpMethod.HEAD).permitAll();
                    }
                    requests.anyRequest().authenticated();
                });
        return http.build();
    }
}

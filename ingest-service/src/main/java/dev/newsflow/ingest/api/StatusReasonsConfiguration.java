package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import dev.newsflow.security.web.StatusReasons;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The requests the container rejects itself are answered with the reason the API gives the same status. */
@Configuration(proxyBeanMethods = false)
class StatusReasonsConfiguration {

    @Bean
    StatusReasons statusReasons() {
        return status -> Reason.forStatus(status).code();
    }
}

package dev.newsflow.enrich.contract;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schema the enriched records are checked against, compiled once at start-up. */
@Configuration(proxyBeanMethods = false)
class ContractConfiguration {

    @Bean
    EnrichedArticleSchema enrichedArticleSchema() {
        return new EnrichedArticleSchema();
    }
}

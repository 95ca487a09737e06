package dev.newsflow.enrich.contract;

import dev.newsflow.events.validation.RecordValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract's validator, its schemas compiled once at start-up. */
@Configuration(proxyBeanMethods = false)
class ContractConfiguration {

    @Bean
    RecordValidator recordValidator() {
        return new RecordValidator();
    }
}

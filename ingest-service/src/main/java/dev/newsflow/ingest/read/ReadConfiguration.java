package dev.newsflow.ingest.read;

import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The format readers from news-formats, with the configured limits, and the contract's validator (schemas compiled once). */
@Configuration(proxyBeanMethods = false)
class ReadConfiguration {

    @Bean
    ArticleFormats articleFormats(IngestSettings settings) {
        return new ArticleFormats(settings.limits());
    }

    @Bean
    RecordValidator recordValidator() {
        return new RecordValidator();
    }
}

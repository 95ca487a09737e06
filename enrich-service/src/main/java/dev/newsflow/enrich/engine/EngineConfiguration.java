package dev.newsflow.enrich.engine;

import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.nlp.NewsAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The NLP engine, loaded once at start-up and shared by every listener thread (it is thread-safe). */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    ArticleAnalyzer articleAnalyzer() {
        long start = System.nanoTime();
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        log.info("NLP engine {} loaded in {} ms", analyzer.version(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return analyzer;
    }

    /** {@code /actuator/info} names the engine version, the one stamped on every enriched article. */
    @Bean
    InfoContributor engineInfo(ArticleAnalyzer analyzer) {
        return builder -> builder.withDetail("enricher", Map.of("version", analyzer.version()));
    }
}

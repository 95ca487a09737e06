package dev.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsToOneConsumerBatchesOf200AnalysedOnEveryCoreAndTwoRedeliveriesASecondApart() {
        runner.run(context -> assertThat(context.getBean(EnrichSettings.class))
                .isEqualTo(new EnrichSettings(1, 200, 0, new EnrichSettings.Retry(2, Duration.ofSeconds(1)))));
    }

    @Test
    void bindsWhatTheUserSets() {
        runner.withPropertyValues("newsflow.enrich.concurrency=4", "newsflow.enrich.max-batch=50", "newsflow.enrich.threads=3",
                        "newsflow.enrich.retry.attempts=0", "newsflow.enrich.retry.backoff=250ms")
                .run(context -> assertThat(context.getBean(EnrichSettings.class))
                        .isEqualTo(new EnrichSettings(4, 50, 3, new EnrichSettings.Retry(0, Duration.ofMillis(250)))));
    }

    @Test
    void refusesToStartWithoutAConsumerThread() {
        runner.withPropertyValues("newsflow.enrich.concurrency=0")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("newsflow.enrich.concurrency"));
    }

    @Test
    void refusesAnEmptyBatch() {
        runner.withPropertyValues("newsflow.enrich.max-batch=0")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("maxBatch"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EnrichSettings.class)
    static class Settings {
    }
}

package dev.newsflow.store.consume;

import dev.newsflow.store.db.SqlDialect;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoreConsumerThreadsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void onPostgresTheStoreConsumesWithTheThreadsItIsGiven() {
        assertThat(threads(2, "jdbc:postgresql://localhost:5432/news")).isEqualTo(2);
        assertThat(threads(3, "jdbc:postgresql://localhost:5432/news")).isEqualTo(3);
    }

    @Test
    void onH2ItConsumesWithOneWhateverItIsGiven() {
        assertThat(threads(3, "jdbc:h2:mem:news")).isEqualTo(1);
    }

    @Test
    void defaultsToTwoThreads() {
        runner.run(context -> assertThat(context.getBean(StoreConsumerProperties.class).concurrency()).isEqualTo(2));
    }

    @Test
    void refusesToStartWithoutAConsumerThread() {
        runner.withPropertyValues("newsflow.store.concurrency=0")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("newsflow.store.concurrency"));
    }

    private static int threads(int concurrency, String jdbcUrl) {
        var container = new ConcurrentMessageListenerContainer<Object, Object>(
                new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties("news.articles.enriched.v1"));
        new KafkaConfiguration().storeContainer(new StoreConsumerProperties(concurrency), SqlDialect.forJdbcUrl(jdbcUrl))
                .configure(container);
        return container.getConcurrency();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreConsumerProperties.class)
    static class Settings {
    }
}

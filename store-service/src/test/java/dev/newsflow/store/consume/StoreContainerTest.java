package dev.newsflow.store.consume;

import dev.newsflow.store.db.SqlDialect;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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

/** The store's listener container as its customizer leaves it: consumer threads and the size of a poll. */
class StoreContainerTest {

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
    void onH2APollHoldsAtMost200Articles() {
        assertThat(pollRecords(2000, "jdbc:h2:mem:news")).isEqualTo("200");
        assertThat(pollRecords(null, "jdbc:h2:mem:news")).isEqualTo("200");
        assertThat(pollRecords(50, "jdbc:h2:mem:news")).isEqualTo("50");
    }

    @Test
    void onPostgresAPollHoldsWhatTheConsumerIsConfiguredFor() {
        assertThat(pollRecords(2000, "jdbc:postgresql://localhost:5432/news")).isNull();
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
        return customized(concurrency, Map.of(), jdbcUrl).getConcurrency();
    }

    /** The container's own max.poll.records, which overrides the consumer factory's; null when it has none. */
    private static String pollRecords(Integer configured, String jdbcUrl) {
        Map<String, Object> factory = configured == null ? Map.of()
                : Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, configured);
        return customized(2, factory, jdbcUrl).getContainerProperties().getKafkaConsumerProperties()
                .getProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
    }

    private static ConcurrentMessageListenerContainer<Object, Object> customized(int concurrency,
            Map<String, Object> factory, String jdbcUrl) {
        var consumers = new DefaultKafkaConsumerFactory<Object, Object>(factory);
        var container = new ConcurrentMessageListenerContainer<>(consumers,
                new ContainerProperties("news.articles.enriched.v1"));
        new KafkaConfiguration().storeContainer(new StoreConsumerProperties(concurrency), SqlDialect.forJdbcUrl(jdbcUrl),
                consumers).configure(container);
        return container;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreConsumerProperties.class)
    static class Settings {
    }
}

package dev.newsflow.store.consume;

import dev.newsflow.store.db.SqlDialect;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoreContainerTest {

    @Test
    void onPostgresTheStoreConsumesWithTheThreadsItIsGiven() {
        assertThat(threads(2, "jdbc:postgresql://localhost:5432/news")).isEqualTo(2);
        assertThat(threads(3, "jdbc:postgresql://localhost:5432/news")).isEqualTo(3);
    }

    @Test
    void onH2ItConsumesWithOneWhateverItIsGiven() {
        assertThat(threads(2, "jdbc:h2:mem:news")).isEqualTo(1);
    }

    private static int threads(int concurrency, String jdbcUrl) {
        var container = new ConcurrentMessageListenerContainer<Object, Object>(
                new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties("news.articles.enriched.v1"));
        new KafkaConfiguration().storeContainer(new StoreConsumerProperties(concurrency), SqlDialect.forJdbcUrl(jdbcUrl))
                .configure(container);
        return container.getConcurrency();
    }
}

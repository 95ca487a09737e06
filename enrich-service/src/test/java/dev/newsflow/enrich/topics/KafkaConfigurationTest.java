package dev.newsflow.enrich.topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KafkaConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(KafkaConfiguration.class, Settings.class);

    @Test
    void declaresTheRawEnrichedAndDeadLetterTopicsWithThreePartitionsByDefault() {
        runner.run(context -> assertThat(context.getBeansOfType(NewTopic.class).values())
                .extracting(NewTopic::name, NewTopic::numPartitions, NewTopic::replicationFactor)
                .containsExactlyInAnyOrder(
                        tuple("news.articles.raw.v1", 3, (short) 1),
                        tuple("news.articles.raw.v1-dlt", 3, (short) 1),
                        tuple("news.articles.enriched.v1", 3, (short) 1)));
    }

    @Test
    void givesEveryTopicTheConfiguredPartitionsAndReplicas() {
        runner.withPropertyValues("newsflow.kafka.partitions=12", "newsflow.kafka.replication-factor=3")
                .run(context -> assertThat(context.getBeansOfType(NewTopic.class).values())
                        .allSatisfy(topic -> {
                            assertThat(topic.numPartitions()).isEqualTo(12);
                            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
                        }));
    }

    @EnableConfigurationProperties(TopicSettings.class)
    static class Settings {
    }
}

package dev.newsflow.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Clock;
import java.util.Collection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NewsflowKafkaAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, NewsflowKafkaAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // no broker here: KafkaAdmin would spend its timeout trying to create the topics
            .withPropertyValues("spring.kafka.admin.auto-create=false", "newsflow.kafka.reads=news.articles.raw.v1",
                    "newsflow.kafka.writes=news.articles.enriched.v1");

    @Test
    void createsTheTopicsReadAndWrittenAndTheDeadLetterTopicOfEachOneReadWithThreePartitionsByDefault() {
        runner.run(context -> assertThat(topics(context.getBean(KafkaAdmin.NewTopics.class)))
                .extracting(NewTopic::name, NewTopic::numPartitions, NewTopic::replicationFactor)
                .containsExactlyInAnyOrder(
                        tuple("news.articles.raw.v1", 3, (short) 1),
                        tuple("news.articles.raw.v1-dlt", 3, (short) 1),
                        tuple("news.articles.enriched.v1", 3, (short) 1)));
    }

    @Test
    void givesEveryTopicTheConfiguredPartitionsAndReplicas() {
        runner.withPropertyValues("newsflow.kafka.partitions=12", "newsflow.kafka.replication-factor=3")
                .run(context -> assertThat(topics(context.getBean(KafkaAdmin.NewTopics.class)))
                        .hasSize(3)
                        .allSatisfy(topic -> {
                            assertThat(topic.numPartitions()).isEqualTo(12);
                            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
                        }));
    }

    @Test
    void refusesZeroPartitionsWithTheSettingsName() {
        runner.withPropertyValues("newsflow.kafka.partitions=0")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("partitions"));
    }

    @Test
    void showsTheDeadLetterCountOfEveryTopicReadAtZeroBeforeTheFirstDeadLetter() {
        runner.run(context -> assertThat(context.getBean(MeterRegistry.class)
                .get(DeadLetters.METER).tag("topic", "news.articles.raw.v1-dlt").counter().count()).isZero());
    }

    @Test
    void leavesTheClockToTheApplicationWhenItHasOne() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }

    /** The topics KafkaAdmin will create (NewTopics hides them from all but KafkaAdmin). */
    private static List<NewTopic> topics(KafkaAdmin.NewTopics topics) {
        Collection<NewTopic> all = ReflectionTestUtils.invokeMethod(topics, "getNewTopics");
        return List.copyOf(all);
    }
}

package dev.newsflow.store.consume;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How the topics this service reads and writes are created when missing. */
@Validated
@ConfigurationProperties("newsflow.kafka")
public record KafkaTopicProperties(@Min(1) int partitions, @Min(1) short replicationFactor) {
}

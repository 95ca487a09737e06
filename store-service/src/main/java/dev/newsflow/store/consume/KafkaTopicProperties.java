package dev.newsflow.store.consume;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How the topics this service reads and writes are created when missing. */
@Validated
@ConfigurationProperties("newsflow.kafka")
public record KafkaTopicProperties(
        @DefaultValue("3") @Min(1) @Max(1000) int partitions,
        @DefaultValue("1") @Min(1) @Max(32) short replicationFactor) {
}

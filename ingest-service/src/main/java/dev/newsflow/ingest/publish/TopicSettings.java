package dev.newsflow.ingest.publish;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this service writes are created when they do not exist yet (shared by all services).
 *
 * @param partitions        partitions of every topic; the ceiling for scaling out consumers
 * @param replicationFactor copies of each partition; 1 for a single broker, 3 in production
 */
@Validated
@ConfigurationProperties("newsflow.kafka")
public record TopicSettings(
        @DefaultValue("3") @Min(1) @Max(1000) int partitions,
        @DefaultValue("1") @Min(1) @Max(32) short replicationFactor) {
}

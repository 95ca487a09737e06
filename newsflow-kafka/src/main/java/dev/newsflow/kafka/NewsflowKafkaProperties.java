package dev.newsflow.kafka;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The topics a service reads and writes, and how they are created at start-up when they do not exist yet. A topic
 * that already exists keeps its partitions; dead letters are partitioned by key, so the dead-letter topics need no
 * particular number of them.
 *
 * @param partitions        partitions of every topic, dead-letter topics included; the ceiling for scaling out
 * @param replicationFactor copies of each partition; 1 for a single broker, 3 in production
 * @param reads             topics the service consumes; each also gets its dead-letter topic ({@code <topic>-dlt})
 * @param writes            topics the service produces to
 */
@Validated
@ConfigurationProperties("newsflow.kafka")
public record NewsflowKafkaProperties(
        @DefaultValue("3") @Min(1) @Max(1000) int partitions,
        @DefaultValue("1") @Min(1) @Max(32) short replicationFactor,
        @DefaultValue @NotNull List<String> reads,
        @DefaultValue @NotNull List<String> writes) {
}

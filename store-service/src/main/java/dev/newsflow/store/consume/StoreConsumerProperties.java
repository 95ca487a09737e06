package dev.newsflow.store.consume;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the store consumes the enriched topic.
 *
 * @param concurrency consumer threads, each storing its own partitions' polls in its own database transaction and
 *                    connection; more threads than partitions stay idle. One thread stored a poll while the database
 *                    worked and the database worked while the thread decoded the next: on PostgreSQL neither ever
 *                    had a core to itself (BENCHMARKS.md, "Pipeline")
 */
@Validated
@ConfigurationProperties("newsflow.store")
public record StoreConsumerProperties(@DefaultValue("2") @Min(1) @Max(64) int concurrency) {
}

package dev.newsflow.store.consume;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the store consumes the enriched topic.
 *
 * @param concurrency consumer threads on PostgreSQL, each storing its own partitions' polls in its own database
 *                    transaction and connection; more threads than partitions stay idle. With one thread the store and
 *                    the database took turns, each idle while the other worked (BENCHMARKS.md, "Pipeline"). H2 always
 *                    gets one ({@link dev.newsflow.store.db.SqlDialect#upsertsConcurrently()})
 */
@Validated
@ConfigurationProperties("newsflow.store")
record StoreConsumerProperties(@DefaultValue("2") @Min(1) @Max(64) int concurrency) {
}

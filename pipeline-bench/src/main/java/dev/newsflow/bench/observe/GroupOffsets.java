package dev.newsflow.bench.observe;

import dev.newsflow.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The store's consumer group's committed offsets on the enriched topic, from the broker. The store commits a poll's
 * offsets only after the database committed its articles, so an offset committed means every record before it is
 * stored (or refused and dead-lettered: the run's end checks the store's count for that).
 */
public final class GroupOffsets implements StoredOffsets, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final String group;

    public GroupOffsets(String bootstrapServers, String group) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "pipeline-bench-store-offsets"));
        this.group = group;
    }

    @Override
    public Map<Integer, Long> next() throws IOException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("offsets of consumer group " + group + ": " + e.getMessage(), e);
        }
        Map<Integer, Long> next = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null && partition.topic().equals(Topics.ENRICHED_ARTICLES)) {
                next.put(partition.partition(), offset.offset());
            }
        });
        return next;
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}

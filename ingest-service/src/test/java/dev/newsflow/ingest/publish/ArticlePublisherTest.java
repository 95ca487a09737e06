package dev.newsflow.ingest.publish;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.metrics.IngestMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.unit.DataSize;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

class ArticlePublisherTest {

    @Test
    @SuppressWarnings("unchecked")
    void aSendKafkaTemplateRefusesAtOnceIsAPublishFailureSoTheFileIsRetriedNotLeftInProcessing() {
        KafkaTemplate<String, byte[]> kafka = inTransactions(mock(KafkaTemplate.class));
        when(kafka.send(any(ProducerRecord.class))).thenThrow(new KafkaException("Send failed"));

        assertThatThrownBy(() -> publisher(kafka).publishAll(List.of(List.of(article(1)))))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("Send failed");
    }

    /** A bulk file's serialized articles, as much again as its text, must not all be held until the commit. */
    @Test
    @SuppressWarnings("unchecked")
    void anAcknowledgedArticlesSerializedRecordIsNotHeldUntilTheTransactionEnds() {
        // stub-only: a mock that records its calls would itself hold every record sent
        KafkaTemplate<String, byte[]> kafka = inTransactions(mock(KafkaTemplate.class, withSettings().stubOnly()));
        List<WeakReference<byte[]>> sentValues = new ArrayList<>();
        int articles = 3;
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            ProducerRecord<String, byte[]> record = call.getArgument(0);
            if (sentValues.size() == articles - 1) {
                // the last article: the earlier ones were acknowledged, so nothing but the producer may hold them
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    System.gc();
                    assertThat(sentValues).allSatisfy(value -> assertThat(value.get()).isNull());
                });
            }
            sentValues.add(new WeakReference<>(record.value()));
            return CompletableFuture.completedFuture(new SendResult<>(record,
                    new RecordMetadata(new TopicPartition("raw", 0), 0, 0, 0, 0, 0)));
        });

        publisher(kafka).publishAll(List.of(IntStream.rangeClosed(1, articles).mapToObj(i -> article(i)).toList()));

        assertThat(sentValues).hasSize(articles);
    }

    private static KafkaTemplate<String, byte[]> inTransactions(KafkaTemplate<String, byte[]> kafka) {
        when(kafka.executeInTransaction(any())).thenAnswer(call -> call
                .<KafkaOperations.OperationsCallback<String, byte[], ?>>getArgument(0).doInOperations(kafka));
        return kafka;
    }

    private static ArticlePublisher publisher(KafkaTemplate<String, byte[]> kafka) {
        IngestSettings settings = new IngestSettings(Path.of("inbox"), Path.of("processing"), Path.of("processed"),
                Path.of("failed"), "default", Duration.ofSeconds(1), Duration.ofMillis(100), 10,
                IngestSettings.Cleanup.MOVE, false, List.of(), List.of(), DataSize.ofMegabytes(50),
                DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(5), DataSize.ofMegabytes(8));
        return new ArticlePublisher(kafka, new EventJson(), Clock.systemUTC(), settings,
                new IngestMetrics(new SimpleMeterRegistry()));
    }

    private static ArticleIngested article(int n) {
        return new ArticleIngested("id-" + n, "Title " + n, "Body " + n + ".", null, null, null, null, null,
                new ArticleOrigin("a.jsonl", "jsonl", 10, "00"), Instant.EPOCH);
    }
}

package dev.newsflow.ingest.publish;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.metrics.IngestMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ArticlePublisherTest {

    @Test
    @SuppressWarnings("unchecked")
    void aSendKafkaTemplateRefusesAtOnceIsAPublishFailureSoTheFileIsRetriedNotLeftInProcessing() {
        KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
        when(kafka.send(any(org.apache.kafka.clients.producer.ProducerRecord.class)))
                .thenThrow(new KafkaException("Send failed"));
        when(kafka.executeInTransaction(any())).thenAnswer(call -> call
                .<org.springframework.kafka.core.KafkaOperations.OperationsCallback<String, byte[], ?>>getArgument(0)
                .doInOperations(kafka));
        IngestSettings settings = new IngestSettings(Path.of("inbox"), Path.of("processing"), Path.of("processed"),
                Path.of("failed"), "default", Duration.ofSeconds(1), Duration.ofMillis(100), 10,
                IngestSettings.Cleanup.MOVE, false, List.of(), List.of(), DataSize.ofMegabytes(50),
                DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(5), DataSize.ofMegabytes(8));
        ArticlePublisher publisher = new ArticlePublisher(kafka, new EventJson(), Clock.systemUTC(), settings,
                new IngestMetrics(new SimpleMeterRegistry()));
        ArticleIngested article = new ArticleIngested("id-1", "Title", "Body.", null, null, null, null, null,
                new ArticleOrigin("a.txt", "txt", 10, "00"), Instant.EPOCH);

        assertThatThrownBy(() -> publisher.publishAll(List.of(List.of(article)))).isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("Send failed");
    }
}

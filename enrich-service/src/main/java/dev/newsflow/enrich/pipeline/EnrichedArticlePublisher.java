package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.ValidRecord;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Sends an enriched article, keyed by its id, with CloudEvents headers. Called inside the listener's Kafka
 * transaction, so the record becomes visible to read_committed consumers only together with the offset commit.
 */
@Component
class EnrichedArticlePublisher {

    static final String SOURCE = "/newsflow/enrich-service";

    private final KafkaTemplate<String, byte[]> template;

    EnrichedArticlePublisher(KafkaTemplate<String, byte[]> template) {
        this.template = template;
    }

    /** Publishes a record the schema guard passed: only a {@link ValidRecord} can be published. */
    void publish(ValidRecord valid) {
        EventType type = EventType.ARTICLE_ENRICHED;
        ArticleEnriched article = valid.article();
        var record = new ProducerRecord<>(type.topic(), article.id(), valid.json());
        CloudEvent.of(type, SOURCE, article.enrichedAt()).headers()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        // no wait for the acknowledgement: a failed send fails the transaction's commit, which rolls it all back
        template.send(record);
    }
}

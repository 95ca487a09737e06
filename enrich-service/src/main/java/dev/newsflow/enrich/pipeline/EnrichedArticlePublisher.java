package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.ValidRecord;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventType;
import dev.newsflow.kafka.CloudEventRecords;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

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
        ArticleEnriched article = valid.article();
        // no wait for the acknowledgement: a failed send fails the transaction's commit, which rolls it all back
        template.send(CloudEventRecords.record(CloudEvent.of(EventType.ARTICLE_ENRICHED, SOURCE, article.enrichedAt()), article.id(),
                valid.json()));
    }
}

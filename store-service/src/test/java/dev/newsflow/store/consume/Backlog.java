package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventType;
import dev.newsflow.kafka.CloudEventRecords;
import dev.newsflow.store.TestArticles;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;

/** A backlog on the enriched topic: articles sent while the store's consumer is stopped, then the consumer started. */
final class Backlog {

    private Backlog() {
    }

    /**
     * Sends {@code size} articles titled {@code title} and a number while {@code container} is stopped; the whole
     * backlog is on the broker before the consumer starts again, so its first fetches find all of it.
     */
    static void sendWhileStopped(KafkaTemplate<String, byte[]> kafka, MessageListenerContainer container, String title,
            int size) {
        await().until(container::isRunning);
        container.stop();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ArticleEnriched article = TestArticles.article(title + " " + i).build();
            sent.add(kafka.send(CloudEventRecords.record(CloudEvent.of(EventType.ARTICLE_ENRICHED,
                    "/newsflow/enrich-service", Instant.now()), article.id(), TestArticles.json(article))));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        container.start();
    }
}

package dev.newsflow.bench.feed;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Publishes one event per article straight to a topic, as the service upstream of that topic would, so the stages
 * after it are measured without the ones before. Subclasses say which event an article becomes.
 */
abstract sealed class TopicFeeder implements Feeder permits RawTopicFeeder, EnrichedTopicFeeder {

    private final TopicPublisher publisher;
    private final EventJson json;
    private final Clock clock;
    private final EventType type;

    TopicFeeder(String bootstrapServers, EventJson json, Clock clock, EventType type) {
        this.publisher = new TopicPublisher(bootstrapServers);
        this.json = json;
        this.clock = clock;
        this.type = type;
    }

    /** The event for {@code article} as the upstream service would have made it at {@code now}. */
    abstract Record event(BenchArticle article, Instant now);

    @Override
    public final Instant feed(List<BenchArticle> batch, int batchNumber) {
        // fed when the upstream service would have stamped it, so fed -> stored is the downstream stages alone
        Instant now = clock.instant();
        TopicPublisher.await(batch.stream()
                .map(article -> publisher.send(type, article.id(), json.write(event(article, now)), now))
                .toList());
        return now;
    }

    @Override
    public final void close() {
        publisher.close();
    }
}

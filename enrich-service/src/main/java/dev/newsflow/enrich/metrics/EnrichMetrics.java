package dev.newsflow.enrich.metrics;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.kafka.DeadLetterListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The enrich stage's meters, named as the dashboards expect. Series with a known, small set of tag values are
 * registered at zero up front, so a dashboard shows 0 rather than "No data" before the first article.
 */
@Component
public class EnrichMetrics implements DeadLetterListener {

    public static final String ARTICLES = "newsflow.enrich.articles";
    public static final String TIME = "newsflow.enrich.time";
    public static final String ENGINE_CPU = "newsflow.enrich.engine.cpu";
    public static final String ENTITIES = "newsflow.enrich.entities";
    public static final String SENTIMENT = "newsflow.enrich.sentiment";
    public static final String FAILURES = "newsflow.enrich.failures";
    public static final String INVALID_PARTS = "newsflow.enrich.invalid.parts";

    private final MeterRegistry registry;
    private final Counter enriched;
    private final Counter deadLettered;
    private final Timer engineTime;
    private final Counter engineCpu;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Counter invalidParts;
    // looked up once: registering a tagged counter again builds and filters its id, for each of an article's entities
    private final Map<EntityType, Counter> entities = new EnumMap<>(EntityType.class);
    private final Map<SentimentLabel, Counter> sentiments = new EnumMap<>(SentimentLabel.class);

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enriched = articles("enriched");
        this.deadLettered = articles("dead-lettered");
        this.engineTime = Timer.builder(TIME)
                .description("Wall-clock time the NLP engine takes for one article, waits for a core included")
                .register(registry);
        this.engineCpu = Counter.builder(ENGINE_CPU)
                .description("CPU time of the threads running the NLP engine, summed over articles")
                .baseUnit("seconds")
                .register(registry);
        this.invalidParts = Counter.builder(INVALID_PARTS)
                .description("Optional parts left out of enriched articles because they broke article-enriched.v1")
                .register(registry);
        for (EntityType type : EntityType.values()) {
            entities.put(type, entities(type));
        }
        for (SentimentLabel label : SentimentLabel.values()) {
            sentiments.put(label, sentiment(label));
        }
    }

    /**
     * Runs the engine on the calling thread and records both its wall-clock time and that thread's CPU time. On a
     * busy machine the wall-clock time mostly measures the queue for a core (several times the work itself), so
     * only the CPU time compares with the engine's benchmarks: divide it by the timer's count for CPU per article.
     */
    public <T> T timeEngine(Supplier<T> analysis) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        try {
            return engineTime.record(analysis);
        } finally {
            engineCpu.increment((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
    }

    /** Counts an article whose enriched event was committed, with what the engine found in it. */
    public void enriched(ArticleEnriched article) {
        enriched.increment();
        for (NamedEntity entity : article.entities()) {
            entities.get(entity.type()).increment();
        }
        sentiments.get(article.sentiment().label()).increment();
    }

    /** Counts one failed attempt; the reason is the exception's simple class name, a small and stable set. */
    public void failed(Throwable failure) {
        failures(failure.getClass()).increment();
    }

    /** Registers the failure counter of one reason at zero, before anything failed for it. */
    public Counter failures(Class<? extends Throwable> reason) {
        return Counter.builder(FAILURES)
                .description("Failed attempts to enrich an article, by exception")
                .tag("reason", reason.getSimpleName())
                .register(registry);
    }

    /** Counts optional parts left out of a published article because they broke its schema. */
    public void invalidPartsDropped(int parts) {
        invalidParts.increment(parts);
    }

    /** Counts an article given up on and written to a dead-letter topic (that topic's count is the sender's). */
    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, Exception reason) {
        deadLettered.increment();
    }

    private Counter articles(String outcome) {
        return Counter.builder(ARTICLES)
                .description("Raw articles handled, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter entities(EntityType type) {
        return Counter.builder(ENTITIES)
                .description("Entities found in enriched articles, by type")
                .tag("type", type.name())
                .register(registry);
    }

    private Counter sentiment(SentimentLabel label) {
        return Counter.builder(SENTIMENT)
                .description("Enriched articles by document sentiment label")
                .tag("label", label.wireName())
                .register(registry);
    }
}

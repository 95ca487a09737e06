package dev.newsflow.ingest.metrics;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest meters; names are shared with the dashboards, so they must not change. Every tag value a meter can take
 * is registered at 0 on start-up, so a dashboard shows 0 rather than "No data" for what has not happened yet.
 */
@Component
public class IngestMetrics {

    public enum FileOutcome { PROCESSED, PARTIAL, FAILED, RETRY }

    private static final String FILES = "newsflow.ingest.files";
    private static final String PUBLISHED = "newsflow.ingest.articles.published";
    private static final String REJECTED = "newsflow.ingest.articles.rejected";
    private static final String READ_TIME = "newsflow.ingest.read.time";

    private final MeterRegistry registry;
    private final Counter bytesRead;
    private final Timer publishTime;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong stuck = new AtomicLong();
    // looked up once: a registry lookup builds and filters the meter's id again, three times per file
    private final Map<FileOutcome, Counter> files = new EnumMap<>(FileOutcome.class);
    private final Map<String, Counter> published = new HashMap<>();
    private final Map<String, Timer> readTimes = new HashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytesRead = Counter.builder("newsflow.ingest.bytes.read")
                .description("Bytes of files and uploads read").register(registry);
        this.publishTime = Timer.builder("newsflow.ingest.publish.time")
                .description("Time until Kafka committed the transaction of one batch of files or one upload").register(registry);
        registry.gauge("newsflow.ingest.inbox.waiting", waiting);
        registry.gauge("newsflow.ingest.inbox.stuck", stuck);
        for (FileOutcome outcome : FileOutcome.values()) {
            files.put(outcome, files(outcome));
        }
        for (Reason reason : Reason.rejections()) {
            rejectedCounter(reason);
        }
        for (String format : ArticleFormats.FORMATS) {
            published.put(format, registry.counter(PUBLISHED, "format", format));
            readTimes.put(format, registry.timer(READ_TIME, "format", format));
        }
    }

    public void file(FileOutcome outcome) {
        files.get(outcome).increment();
    }

    public void published(String format, int articles) {
        Counter counter = published.get(format);
        (counter != null ? counter : registry.counter(PUBLISHED, "format", format)).increment(articles);
    }

    public void rejected(Reason reason, int articles) {
        if (articles > 0) {
            rejectedCounter(reason).increment(articles);
        }
    }

    public void bytesRead(long bytes) {
        bytesRead.increment(bytes);
    }

    public void readTime(String format, Duration time) {
        Timer timer = readTimes.get(format);
        (timer != null ? timer : registry.timer(READ_TIME, "format", format)).record(time);
    }

    public void publishTime(Duration time) {
        publishTime.record(time);
    }

    public void waiting(long files) {
        waiting.set(files);
    }

    /** Entries that must not be read but could not be moved out of the inbox either (see the log). */
    public void stuck(long entries) {
        stuck.set(entries);
    }

    private Counter files(FileOutcome outcome) {
        return registry.counter(FILES, "outcome", outcome.name().toLowerCase(Locale.ROOT));
    }

    private Counter rejectedCounter(Reason reason) {
        return registry.counter(REJECTED, "reason", reason.code());
    }
}

package dev.newsflow.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The ingest meters; names are shared with the dashboards, so they must not change. */
@Component
public class IngestMetrics {

    public enum FileOutcome { PROCESSED, PARTIAL, FAILED, RETRY }

    private final MeterRegistry registry;
    private final Counter bytesRead;
    private final Timer publishTime;
    private final AtomicLong waiting = new AtomicLong();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytesRead = Counter.builder("newsflow.ingest.bytes.read")
                .description("Bytes of files and uploads read").register(registry);
        this.publishTime = Timer.builder("newsflow.ingest.publish.time")
                .description("Time until Kafka acknowledged every article of one file or upload").register(registry);
        registry.gauge("newsflow.ingest.inbox.waiting", waiting);
    }

    public void file(FileOutcome outcome) {
        registry.counter("newsflow.ingest.files", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    public void published(String format, int articles) {
        registry.counter("newsflow.ingest.articles.published", "format", format).increment(articles);
    }

    public void rejected(String reason, int articles) {
        registry.counter("newsflow.ingest.articles.rejected", "reason", reason).increment(articles);
    }

    public void bytesRead(long bytes) {
        bytesRead.increment(bytes);
    }

    public void readTime(String format, Duration time) {
        registry.timer("newsflow.ingest.read.time", "format", format).record(time);
    }

    public void publishTime(Duration time) {
        publishTime.record(time);
    }

    public void waiting(long files) {
        waiting.set(files);
    }
}

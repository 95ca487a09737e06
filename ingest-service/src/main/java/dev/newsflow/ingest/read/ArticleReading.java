package dev.newsflow.ingest.read;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.formats.ArticleEvents;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.ingest.metrics.IngestMetrics;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Reads one file's bytes (dropped or uploaded) into raw-article events with content-derived ids and their origin,
 * each checked against the raw-article contract ({@link RawContract}).
 * Throws {@link dev.newsflow.formats.FormatException} when nothing in it is readable.
 */
@Component
public class ArticleReading {

    private final ArticleFormats formats;
    private final Clock clock;
    private final IngestMetrics metrics;
    private final RawContract contract;

    public ArticleReading(ArticleFormats formats, Clock clock, IngestMetrics metrics, RecordValidator validator,
                          EventJson json) {
        this.formats = formats;
        this.clock = clock;
        this.metrics = metrics;
        this.contract = new RawContract(validator, json);
    }

    public long maxFileBytes() {
        return formats.limits().maxFileBytes();
    }

    public ReadFile read(String fileName, byte[] content) {
        metrics.bytesRead(content.length);
        long start = System.nanoTime();
        FormatResult result = formats.read(fileName, content);
        metrics.readTime(result.format(), Duration.ofNanos(System.nanoTime() - start));
        return contract.check(result, ArticleEvents.of(fileName, content, result, clock.instant()));
    }

    /** The format's verdict and the events made of its usable articles. */
    public record ReadFile(FormatResult result, List<ArticleIngested> articles) {
    }
}

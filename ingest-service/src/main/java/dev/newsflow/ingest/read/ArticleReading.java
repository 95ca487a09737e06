package dev.newsflow.ingest.read;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.ingest.metrics.IngestMetrics;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads one file's bytes (dropped or uploaded) into raw-article events with content-derived ids and their origin.
 * Throws {@link dev.newsflow.formats.FormatException} when nothing in it is readable.
 */
@Component
public class ArticleReading {

    private final ArticleFormats formats;
    private final Clock clock;
    private final IngestMetrics metrics;

    public ArticleReading(ArticleFormats formats, Clock clock, IngestMetrics metrics) {
        this.formats = formats;
        this.clock = clock;
        this.metrics = metrics;
    }

    public long maxFileBytes() {
        return formats.limits().maxFileBytes();
    }

    public ReadFile read(String fileName, byte[] content) {
        metrics.bytesRead(content.length);
        long start = System.nanoTime();
        FormatResult result = formats.read(fileName, content);
        metrics.readTime(result.format(), Duration.ofNanos(System.nanoTime() - start));
        ArticleOrigin origin = new ArticleOrigin(fileName, result.format(), content.length, ArticleId.sha256Hex(content));
        Instant now = clock.instant();
        List<ArticleIngested> articles = result.articles().stream().map(a -> event(a, origin, now)).toList();
        return new ReadFile(result, articles);
    }

    private static ArticleIngested event(ParsedArticle a, ArticleOrigin origin, Instant ingestedAt) {
        return new ArticleIngested(ArticleId.of(a.title(), a.body()), a.title(), a.body(), a.source(), a.url(),
                a.author(), a.publishedAt(), a.language(), origin, ingestedAt);
    }

    /** The format's verdict and the events made of its usable articles. */
    public record ReadFile(FormatResult result, List<ArticleIngested> articles) {
    }
}

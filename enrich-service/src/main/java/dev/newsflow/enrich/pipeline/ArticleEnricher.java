package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Runs the engine on a raw article and builds the enriched event from both, every entity with its id. */
@Component
class ArticleEnricher {

    private final ArticleAnalyzer analyzer;
    private final EnrichMetrics metrics;
    private final Clock clock;

    ArticleEnricher(ArticleAnalyzer analyzer, EnrichMetrics metrics, Clock clock) {
        this.analyzer = analyzer;
        this.metrics = metrics;
        this.clock = clock;
    }

    ArticleEnriched enrich(ArticleIngested raw) {
        Analysis analysis = analyze(raw);
        return ArticleEnriched.of(raw, analysis.languageOr(raw.language()),
                EntityIdFallback.withIds(analysis.entities()), analysis.sentiment(),
                analysis.keywords(), analysis.wordCount(), analyzer.version(), Instant.now(clock));
    }

    private Analysis analyze(ArticleIngested raw) {
        try {
            return metrics.timeEngine(() -> analyzer.analyze(raw.title(), raw.body(), raw.source()));
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological text may overflow a recursive rule; as an Error it would kill the consumer thread
            throw new EnrichmentFailedException(raw.id(), e);
        }
    }
}

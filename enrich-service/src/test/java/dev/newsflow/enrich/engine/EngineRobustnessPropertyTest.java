package dev.newsflow.enrich.engine;

import dev.newsflow.enrich.TestArticles;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.events.validation.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever text arrives, the engine returns, and the enriched record the service builds from its result
 * (the mapping of {@code ArticleEnricher}, the codec of the topic) conforms to {@code article-enriched.v1} as it is,
 * with nothing for the schema guard to drop. Here rather than in the engine's module because "valid output" is the
 * service's record and the schema check the service publishes through.
 * <p>
 * 50,000 articles by default, each a title and a body generated and mutated apart: 100,000 texts, each analysed.
 * Seeded: a failure names its seed and article number; {@code -Dnewsflow.fuzz.seed=N -Dnewsflow.fuzz.articles=M}
 * replays it or explores further. Articles are checked in parallel: each has its own random stream.
 */
class EngineRobustnessPropertyTest {

    private static final long SEED = Long.getLong("newsflow.fuzz.seed", 20_261_202L);
    private static final int ARTICLES = Integer.getInteger("newsflow.fuzz.articles", 50_000);
    /** The raw fields around the generated title and body; the id need not match them for the schema. */
    private static final ArticleIngested RAW = TestArticles.raw("A template article");
    private static final Instant ENRICHED_AT = Instant.parse("2026-12-02T00:00:00Z");

    private final NewsAnalyzer engine = NewsAnalyzer.load();
    private final RecordValidator validator = new RecordValidator();
    private final EventJson json = new EventJson();

    @Test
    void theEngineNeverThrowsAndItsRecordAlwaysConformsToTheSchema() {
        System.out.printf("engine property test: seed %d, %d articles (%d texts)%n", SEED, ARTICLES, 2 * ARTICLES);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, ARTICLES).parallel().forEach(n -> {
            String problem = problemWith(n);
            if (problem != null) {
                failures.add(problem);
            }
        });
        assertThat(failures.stream().sorted().limit(5).toList())
                .as("%d of %d articles of seed %d failed; the first ones", failures.size(), ARTICLES, SEED).isEmpty();
    }

    /** What is wrong with the engine's result on article {@code n}, or null when nothing is. */
    private String problemWith(int n) {
        MutatedNewsTexts texts = new MutatedNewsTexts(SEED, n);
        String title = texts.title();
        String body = texts.body();
        Analysis analysis;
        try {
            analysis = engine.analyze(title, body);
        } catch (RuntimeException | StackOverflowError e) {
            return failure(n, "the engine threw " + e + " at " + engineFrames(e), title, body);
        }
        if (title.isBlank() || body.isBlank()) {
            // both contracts require a title and a body with text: such a raw record is dead-lettered when enrich
            // reads it (RawArticleReaderTest), so nothing would be published for it
            return null;
        }
        ArticleIngested raw = new ArticleIngested(RAW.id(), title, body, RAW.source(), RAW.url(), RAW.author(),
                RAW.publishedAt(), RAW.language(), RAW.origin(), RAW.ingestedAt());
        ArticleEnriched enriched = ArticleEnriched.of(raw, analysis.languageOr(raw.language()), analysis.entities(),
                analysis.sentiment(), analysis.keywords(), analysis.wordCount(), engine.version(), ENRICHED_AT);
        List<Violation> violations = validator.violations(EventType.ARTICLE_ENRICHED,
                json.mapper().readTree(json.write(enriched)));
        return violations.isEmpty() ? null : failure(n, "the record breaks the schema: " + violations, title, body);
    }

    private static List<StackTraceElement> engineFrames(Throwable e) {
        return Stream.of(e.getStackTrace()).filter(frame -> frame.getClassName().startsWith("dev.newsflow")).limit(4)
                .toList();
    }

    private static String failure(int n, String what, String title, String body) {
        return "article #%05d of seed %d: %s%n  title: %s%n  body: %s".formatted(n, SEED, what, escaped(title),
                escaped(body));
    }

    /** The text with everything outside printable ASCII as a Java escape, so the case can be pasted into a test. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf((char) c)
                : "\\u%04x".formatted(c)));
        return out.append('"').toString();
    }
}

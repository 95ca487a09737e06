package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.TestArticles;
import dev.newsflow.enrich.engine.FixedAnalyzer;
import dev.newsflow.enrich.engine.ScriptedAnalyzer;
import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.NamedEntity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleEnricherTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:05Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FixedAnalyzer ferryStory = FixedAnalyzer.ferryStory();

    @Test
    void keepsTheRawFieldsAndAddsWhatTheEngineFound() {
        ArticleIngested raw = TestArticles.raw("Ferry line approved");

        ArticleEnriched enriched = enricher(ferryStory).enrich(raw);

        Analysis found = ferryStory.analysis();
        assertThat(enriched).isEqualTo(ArticleEnriched.of(raw, "en", found.entities(), found.sentiment(),
                found.keywords(), found.wordCount(), FixedAnalyzer.VERSION, NOW));
    }

    @Test
    void theSiteThatPublishedTheArticleIsNotAnEntityOfItsTitle() {
        // as a page or a feed declares it; the raw article's source is "Lakeview Ledger"
        ArticleIngested raw = TestArticles.raw("Lakeview council approves a ferry line - Lakeview Ledger");

        NewsAnalyzer engine = NewsAnalyzer.load();
        ArticleEnriched enriched = enricher(engine).enrich(raw);

        // without its source the engine takes the site for one of the article's organisations
        assertThat(engine.analyze(raw.title(), raw.body()).entities()).extracting(NamedEntity::name)
                .anyMatch(name -> name.contains("Ledger"));
        assertThat(enriched.title()).isEqualTo(raw.title());
        assertThat(enriched.entities()).extracting(NamedEntity::name).contains("Lakeview", "Maria Ortega")
                .noneMatch(name -> name.contains("Ledger"));
    }

    @Test
    void anEntityTheAnalyzerGaveNoValidIdGetsTheIdDerivedFromItsName() {
        Analysis found = ferryStory.analysis();
        NamedEntity withoutId = found.entities().get(0).withId(null);
        NamedEntity outsideScheme = found.entities().get(1).withId("Lakeview");
        NamedEntity ofAnotherType = found.entities().get(1).withId("org:kb:lakeview");
        FixedAnalyzer idless = new FixedAnalyzer(new Analysis("en", List.of(withoutId, outsideScheme, ofAnotherType),
                found.sentiment(), found.keywords(), found.wordCount()), "v");

        ArticleEnriched enriched = enricher(idless).enrich(TestArticles.raw("Ferry line approved"));

        // an organisation's id on a place would group it with the organisation; the schema refuses it
        assertThat(enriched.entities()).extracting(NamedEntity::id)
                .containsExactly("person:name:maria-ortega", "geo:name:lakeview", "geo:name:lakeview");
        assertThat(enriched.entities()).extracting(NamedEntity::name)
                .containsExactly("Maria Ortega", "Lakeview", "Lakeview");
    }

    @Test
    void keepsTheIdsTheEngineGave() {
        Analysis found = ferryStory.analysis();
        NamedEntity country = found.entities().get(1).withId("geo:country:US");
        FixedAnalyzer known = new FixedAnalyzer(new Analysis("en", List.of(country), found.sentiment(),
                found.keywords(), found.wordCount()), "v");

        ArticleEnriched enriched = enricher(known).enrich(TestArticles.raw("Ferry line approved"));

        assertThat(enriched.entities()).extracting(NamedEntity::id).containsExactly("geo:country:US");
    }

    @Test
    void timesTheEngine() {
        enricher(ferryStory).enrich(TestArticles.raw("Ferry line approved"));

        assertThat(registry.get(EnrichMetrics.TIME).timer().count()).isEqualTo(1);
    }

    @Test
    void usesTheDeclaredLanguageWhenTheEngineCannotTell() {
        ArticleIngested declaredDutch = withLanguage(TestArticles.raw("Veerdienst goedgekeurd"), "nl");

        assertThat(enricher(detecting("und")).enrich(declaredDutch).language()).isEqualTo("nl");
        assertThat(enricher(detecting("de")).enrich(declaredDutch).language()).isEqualTo("de");
        assertThat(enricher(detecting("und")).enrich(withLanguage(declaredDutch, null)).language()).isEqualTo("und");
    }

    @Test
    void reportsAnEngineFailureWithTheArticleAndTheEngineException() {
        ArticleIngested raw = TestArticles.raw("Ferry line approved " + ScriptedAnalyzer.ENGINE_FAILS);

        assertThatThrownBy(() -> enricher(new ScriptedAnalyzer(ferryStory)).enrich(raw))
                .isInstanceOf(EnrichmentFailedException.class)
                .hasMessageContaining(raw.id())
                .hasRootCauseMessage("engine broke on purpose");
    }

    private ArticleEnricher enricher(ArticleAnalyzer analyzer) {
        return new ArticleEnricher(analyzer, new EnrichMetrics(registry), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FixedAnalyzer detecting(String language) {
        Analysis found = ferryStory.analysis();
        return new FixedAnalyzer(new Analysis(language, found.entities(), found.sentiment(), List.of(), 3), "v");
    }

    private static ArticleIngested withLanguage(ArticleIngested raw, String language) {
        return new ArticleIngested(raw.id(), raw.title(), raw.body(), raw.source(), raw.url(), raw.author(),
                raw.publishedAt(), language, raw.origin(), raw.ingestedAt());
    }
}

package dev.newsflow.enrich.engine;

import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Geo;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * Delegates to another analyzer, except for articles whose title carries a marker: those make the engine throw, or
 * add a place with coordinates that break the enriched schema. (A crash before the commit is the publisher's:
 * {@code CrashingPublisher}, since the engine runs off the transaction's thread.)
 */
public final class ScriptedAnalyzer implements ArticleAnalyzer {

    public static final String ENGINE_FAILS = "[engine fails]";
    /** Adds a place whose coordinates are not numbers, as a bad gazetteer entry once gave. */
    public static final String PLACE_WITHOUT_COORDINATES = "[place at NaN]";
    public static final String NAN_PLACE = "Montenegro";

    private final ArticleAnalyzer delegate;

    public ScriptedAnalyzer(ArticleAnalyzer delegate) {
        this.delegate = delegate;
    }

    @Override
    public Analysis analyze(String title, String body, String source) {
        if (title.contains(ENGINE_FAILS)) {
            throw new IllegalStateException("engine broke on purpose");
        }
        Analysis analysis = delegate.analyze(title, body, source);
        if (title.contains(PLACE_WITHOUT_COORDINATES)) {
            List<NamedEntity> entities = new ArrayList<>(analysis.entities());
            entities.add(new NamedEntity(NAN_PLACE, EntityType.LOCATION, List.of(), 1, 0, 0.2, null,
                    new Geo(Double.NaN, Double.NaN, "ME")));
            return new Analysis(analysis.language(), entities, analysis.sentiment(), analysis.keywords(),
                    analysis.wordCount());
        }
        return analysis;
    }

    @Override
    public String version() {
        return delegate.version();
    }
}

package dev.newsflow.enrich.engine;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delegates to another analyzer, except for articles whose title carries a marker: those make the engine throw, or
 * make the Kafka transaction fail after the enriched record was written (as a crash before the commit would).
 */
public final class ScriptedAnalyzer implements ArticleAnalyzer {

    public static final String ENGINE_FAILS = "[engine fails]";
    public static final String CRASH_BEFORE_COMMIT = "[crash before commit]";

    private final ArticleAnalyzer delegate;

    public ScriptedAnalyzer(ArticleAnalyzer delegate) {
        this.delegate = delegate;
    }

    @Override
    public Analysis analyze(String title, String body) {
        if (title.contains(ENGINE_FAILS)) {
            throw new IllegalStateException("engine broke on purpose");
        }
        if (title.contains(CRASH_BEFORE_COMMIT)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("crashed after writing, before committing");
                }
            });
        }
        return delegate.analyze(title, body);
    }

    @Override
    public String version() {
        return delegate.version();
    }
}

package dev.newsflow.store;

import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the store between tests that share one database. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * A named parameter holding JSON text as the document column of schema version {@code version} takes it, for
     * migration tests that fill an older schema: H2's JSON type before V7 takes text only with {@code FORMAT JSON},
     * PostgreSQL's JSONB before V13 only cast; text columns take it as it is.
     */
    public static String documentAt(int version, String jdbcUrl, String parameter) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return version < 7 ? ":" + parameter + " FORMAT JSON" : ":" + parameter;
        }
        return version < 13 ? "CAST(:" + parameter + " AS JSONB)" : ":" + parameter;
    }

    /** Empties the store's tables and makes the writer forget what it stored (it trusts what it committed). */
    public static void clear(JdbcClient jdbc, ArticleWriter writer) {
        writer.forgetStoredEntities();
        for (String table : new String[] {"article_link", "entity_form", "entity", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}

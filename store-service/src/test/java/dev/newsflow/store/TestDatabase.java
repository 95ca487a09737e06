package dev.newsflow.store;

import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the store between tests that share one database. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * A named parameter holding JSON text as the document column took it before V7, for migration tests that fill
     * an older schema: H2's column was of its JSON type then, which takes text only with {@code FORMAT JSON}.
     */
    public static String documentBeforeV7(String jdbcUrl, String parameter) {
        return jdbcUrl.startsWith("jdbc:h2:") ? ":" + parameter + " FORMAT JSON" : "CAST(:" + parameter + " AS JSONB)";
    }

    /** Empties the store's tables and makes the writer forget what it stored (it trusts what it committed). */
    public static void clear(JdbcClient jdbc, ArticleWriter writer) {
        writer.forgetStoredEntities();
        for (String table : new String[] {"article_link", "entity_form", "entity", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}

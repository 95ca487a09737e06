package dev.newsflow.store;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the store between tests that share one database. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void clear(JdbcClient jdbc) {
        for (String table : new String[] {"article_entity", "entity_form", "entity", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}

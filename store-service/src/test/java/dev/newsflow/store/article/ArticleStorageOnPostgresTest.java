package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@StoreOnPostgres
class ArticleStorageOnPostgresTest extends ArticleStorageContract {

    private final ArticleWriter writer;
    private final JdbcClient jdbc;

    ArticleStorageOnPostgresTest(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc) {
        super(writer, repository, jdbc);
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** The search index merges its pending words 1 MB at a time (V15), not 4 MB within one insert of a batch. */
    @Test
    void theSearchIndexMergesNewWordsInSmallSteps() {
        assertThat(jdbc.sql("SELECT COALESCE(array_to_string(reloptions, ','), '') FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relname = 'article_search_idx' AND n.nspname = current_schema()")
                .query(String.class).single()).isEqualTo("gin_pending_list_limit=1024");
    }

    /** A long article's document and body are compressed with lz4 (V13), on a server built with it. */
    @Test
    void compressesALongArticleWithLz4() {
        assumeTrue(jdbc.sql("SELECT COALESCE(bool_or('lz4' = ANY(enumvals)), false) FROM pg_settings"
                + " WHERE name = 'default_toast_compression'")
                .query(Boolean.class).single(), "this PostgreSQL is built without lz4: V13 keeps pglz");
        String body = IntStream.range(0, 300).mapToObj(i -> "The harbour board met on day " + i + " about the ferry.")
                .collect(Collectors.joining(" "));
        var article = TestArticles.article("Harbour board minutes published").body(body);
        writer.storeAll(List.of(article.incoming()));

        assertThat(jdbc.sql("SELECT pg_column_compression(document) || '/' || pg_column_compression(body)"
                + " FROM article WHERE id = :id").param("id", article.build().id()).query(String.class).single())
                .isEqualTo("lz4/lz4");
    }
}

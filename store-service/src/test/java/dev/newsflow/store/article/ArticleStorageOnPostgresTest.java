package dev.newsflow.store.article;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /**
     * The store merges the search index's pending words itself (V16, SearchIndexMerger); an insert merges them only
     * past 16 MB, when that merger has not run.
     */
    @Test
    void theSearchIndexLeavesMergingToTheStoreUpTo16Megabytes() {
        assertThat(jdbc.sql("SELECT COALESCE(array_to_string(reloptions, ','), '') FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relname = 'article_search_idx' AND n.nspname = current_schema()")
                .query(String.class).single()).isEqualTo("gin_pending_list_limit=16384");
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

    /**
     * The store's consumer threads (newsflow.store.concurrency) write polls side by side, and two polls often name
     * the same new entity: both are stored whole, the entity once.
     */
    @Test
    void twoPollsNamingTheSameNewEntitiesAtOnceAreBothStored() throws Exception {
        int rounds = 10;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> stored = List.of(threads.submit(storeAt(together, poll(round, "north"))),
                        threads.submit(storeAt(together, poll(round, "south"))));
                for (Future<?> poll : stored) {
                    poll.get(60, TimeUnit.SECONDS);
                }
            }
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(rounds * 2 * 20L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM entity").query(Long.class).single()).isEqualTo(rounds * 15L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM entity_form").query(Long.class).single()).isEqualTo(rounds * 15L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_link").query(Long.class).single())
                .isEqualTo(rounds * 2 * 20 * 15L);
    }

    private Runnable storeAt(CyclicBarrier together, List<IncomingArticle> poll) {
        return () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            writer.storeAll(poll);
        };
    }

    /** 20 articles, each naming the round's 15 people, in the opposite order on the other pier */
    private static List<IncomingArticle> poll(int round, String pier) {
        return IntStream.range(0, 20).mapToObj(i -> {
            var article = TestArticles.article("Ferry news from the " + pier + " pier, round " + round + ", item " + i);
            IntStream.range(0, 15).map(p -> pier.equals("north") ? p : 14 - p).forEach(p ->
                    article.entity("Harbour Pilot " + (char) ('A' + round) + (char) ('A' + p), EntityType.PERSON, 1, 0.0));
            return article.incoming();
        }).toList();
    }
}

package dev.newsflow.store.db;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import dev.newsflow.store.article.IncomingArticle;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The store merges the search index's set-aside words itself (V16), and search finds an article before and after. */
@StoreOnPostgres
class SearchIndexMergerOnPostgresTest {

    private final SearchIndexMerger merger;
    private final ArticleWriter writer;
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    SearchIndexMergerOnPostgresTest(SearchIndexMerger merger, ArticleWriter writer, MockMvc mvc, JdbcClient jdbc,
            MeterRegistry meters) {
        this.merger = merger;
        this.writer = writer;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @BeforeEach
    void emptyStore() {
        TestDatabase.clear(jdbc, writer);
    }

    @Test
    void theStoreMergesNewArticlesWordsEveryTwoSeconds() {
        assertThat(merger.isRunning()).isTrue();
        double before = mergedPages();

        writer.storeAll(articles());

        await().atMost(Duration.ofSeconds(5L * SearchIndexMerger.INTERVAL_SECONDS))
                .until(() -> mergedPages() > before);
    }

    @Test
    void newArticlesWordsWaitAsideUntilMergedAndAreFoundEitherWay() throws Exception {
        // the schedule and autovacuum (which merges too) are stopped, so that this test's merge is the one that finds
        // the words
        merger.stop();
        jdbc.sql("ALTER TABLE article SET (autovacuum_enabled = false)").update();
        try {
            merger.merge();
            writer.storeAll(articles());

            searchFindsOne("lighthouse42 quay42");
            assertThat(merger.merge()).as("pages merged").isPositive();
            assertThat(merger.merge()).as("nothing left to merge").isZero();
            searchFindsOne("lighthouse42 quay42");
        } finally {
            jdbc.sql("ALTER TABLE article RESET (autovacuum_enabled)").update();
            merger.start();
        }
    }

    private static List<IncomingArticle> articles() {
        return IntStream.range(0, 300).mapToObj(i -> TestArticles.article("Ferry timetable notice " + i)
                .body("The harbour office posted notice number " + i + " about lighthouse" + i + " and quay" + i + ".")
                .incoming()).toList();
    }

    private double mergedPages() {
        return meters.counter("newsflow.store.search.merge.pages").count();
    }

    private void searchFindsOne(String words) throws Exception {
        mvc.perform(get("/api/articles").param("q", words))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Ferry timetable notice 42"));
    }
}

package dev.newsflow.store.db;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import dev.newsflow.store.article.IncomingArticle;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The store merges the search index's set-aside words itself (V16), and search finds an article before and after. */
@StoreOnPostgres
class SearchIndexMergerOnPostgresTest {

    private final SearchIndexMerger merger;
    private final ArticleWriter writer;
    private final MockMvc mvc;
    private final JdbcClient jdbc;

    SearchIndexMergerOnPostgresTest(SearchIndexMerger merger, ArticleWriter writer, MockMvc mvc, JdbcClient jdbc) {
        this.merger = merger;
        this.writer = writer;
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @Test
    void newArticlesWordsWaitAsideUntilMergedAndAreFoundEitherWay() throws Exception {
        assertThat(merger.isRunning()).as("merging every %d s", SearchIndexMerger.INTERVAL_SECONDS).isTrue();
        // the schedule is stopped so that this test's merge is the one that finds the words
        merger.stop();
        try {
            TestDatabase.clear(jdbc, writer);
            merger.merge();
            List<IncomingArticle> articles = IntStream.range(0, 300).mapToObj(i -> TestArticles
                    .article("Ferry timetable notice " + i)
                    .body("The harbour office posted notice number " + i + " about lighthouse" + i + " and quay" + i + ".")
                    .incoming()).toList();
            writer.storeAll(articles);

            searchFindsOne("lighthouse42 quay42");
            assertThat(merger.merge()).as("pages merged").isPositive();
            assertThat(merger.merge()).as("nothing left to merge").isZero();
            searchFindsOne("lighthouse42 quay42");
        } finally {
            merger.start();
        }
    }

    private void searchFindsOne(String words) throws Exception {
        mvc.perform(get("/api/articles").param("q", words))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Ferry timetable notice 42"));
    }
}

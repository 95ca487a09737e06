package dev.newsflow.store.stats;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/stats; run on H2 and on PostgreSQL. */
abstract class StatsApiContract {

    private final MockMvc mvc;
    private final ArticleWriter writer;
    private final JdbcClient jdbc;

    protected StatsApiContract(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        this.mvc = mvc;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void emptyStore() {
        TestDatabase.clear(jdbc, writer);
    }

    @Test
    void countsArticlesPerSourceLanguageAndTone() throws Exception {
        writer.storeAll(List.of(
                TestArticles.article("Mayor opens the new library").source("Coast Courier")
                        .tone(SentimentLabel.POSITIVE, 0.5).entity("Ines Moreau", EntityType.PERSON, 1, 0.2).incoming(),
                TestArticles.article("Library roof leaks").source("Daily Ledger").tone(SentimentLabel.NEGATIVE, -0.5)
                        .entity("Ines Moreau", EntityType.PERSON, 1, -0.2).incoming(),
                TestArticles.article("Ferry fares rise").source("Daily Ledger").language("da")
                        .tone(SentimentLabel.NEGATIVE, -0.3).incoming(),
                TestArticles.article("Anonymous notice").source(null).language(null).incoming()));

        mvc.perform(get("/api/stats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles").value(4))
                .andExpect(jsonPath("$.entities").value(1))
                .andExpect(jsonPath("$.bySource['Daily Ledger']").value(2))
                .andExpect(jsonPath("$.bySource['Coast Courier']").value(1))
                .andExpect(jsonPath("$.bySource.unknown").value(1))
                .andExpect(jsonPath("$.byLanguage.en").value(2))
                .andExpect(jsonPath("$.byLanguage.da").value(1))
                .andExpect(jsonPath("$.byLanguage.und").value(1))
                .andExpect(jsonPath("$.bySentiment.negative").value(2))
                .andExpect(jsonPath("$.bySentiment.neutral").value(1))
                .andExpect(jsonPath("$.lastStoredAt").isString());
    }

    @Test
    void sourcesComeLargestFirstAndAnArticleWithoutOneCountsWithThoseNamedUnknown() throws Exception {
        writer.storeAll(List.of(
                TestArticles.article("Harbour dredging starts").source("Coast Courier").incoming(),
                TestArticles.article("Dredging halted by storm").source("Valley Post").incoming(),
                TestArticles.article("Storm damage counted").source("Valley Post").incoming(),
                TestArticles.article("Unsigned flyer").source("unknown").incoming(),
                TestArticles.article("Anonymous tip").source(null).incoming(),
                TestArticles.article("Another anonymous tip").source(null).incoming()));

        mvc.perform(get("/api/stats"))
                .andExpect(jsonPath("$.bySource.*", contains(3, 2, 1)))
                .andExpect(jsonPath("$.bySource.unknown").value(3))
                .andExpect(jsonPath("$.bySource['Valley Post']").value(2));
    }

    @Test
    void anEmptyStoreHasZeroTotalsAndAllThreeTones() throws Exception {
        mvc.perform(get("/api/stats"))
                .andExpect(jsonPath("$.articles").value(0))
                .andExpect(jsonPath("$.bySentiment.*", contains(0, 0, 0)))
                .andExpect(jsonPath("$.lastStoredAt").doesNotExist());
    }

    @Test
    void anArticleWhoseToneWasLeftOutIsStoredAndCountedAsUnknown() throws Exception {
        writer.storeAll(List.of(TestArticles.article("Notice without a tone").unknownTone().incoming()));

        mvc.perform(get("/api/stats"))
                .andExpect(jsonPath("$.articles").value(1))
                .andExpect(jsonPath("$.bySentiment.unknown").value(1))
                .andExpect(jsonPath("$.bySentiment.neutral").value(0));
    }
}

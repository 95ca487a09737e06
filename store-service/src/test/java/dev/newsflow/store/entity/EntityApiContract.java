package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/entities and /api/entities/{name}; run on H2 and on PostgreSQL. */
abstract class EntityApiContract {

    private final MockMvc mvc;
    private final ArticleWriter writer;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    protected EntityApiContract(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc, DataSource dataSource) {
        this.mvc = mvc;
        this.writer = writer;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @BeforeEach
    void storeArticles() {
        TestDatabase.clear(jdbc, writer);
        writer.storeAll(List.of(
                TestArticles.article("Mayor opens the new library").source("Coast Courier")
                        .published("2025-03-01T09:00:00Z").tone(SentimentLabel.POSITIVE, 0.5)
                        .entity("Ines Moreau", EntityType.PERSON, 3, 0.6, "Moreau")
                        .entity("Nordhavn", EntityType.LOCATION, 1, 0.2).incoming(),
                TestArticles.article("Library roof leaks in first storm").source("Daily Ledger")
                        .published("2025-03-01T18:00:00Z").tone(SentimentLabel.NEGATIVE, -0.5)
                        .entity("Ines Moreau", EntityType.PERSON, 1, -0.4, "Mayor Moreau")
                        .entity("Nordhavn", EntityType.LOCATION, 2, -0.2).incoming(),
                TestArticles.article("Nordhavn ferry fares rise").source("Daily Ledger").language("da")
                        .published("2025-03-03T07:00:00Z").tone(SentimentLabel.NEGATIVE, -0.3)
                        .entity("Nordhavn", EntityType.LOCATION, 2, -0.3)
                        .entity("Nordhavn Ferries", EntityType.ORGANIZATION, 1, -0.1).incoming()));
    }

    @Test
    void topEntitiesInAWindowByMentionsWithSentiment() throws Exception {
        mvc.perform(get("/api/entities?from=2025-03-01&to=2025-03-04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("Nordhavn", "Ines Moreau", "Nordhavn Ferries")))
                .andExpect(jsonPath("$[0].mentions").value(5))
                .andExpect(jsonPath("$[0].articles").value(3))
                .andExpect(jsonPath("$[0].averageSentiment", closeTo(-0.1, 1e-9), Double.class))
                .andExpect(jsonPath("$[0].sentiment.negative").value(2))
                .andExpect(jsonPath("$[0].sentiment.positive").value(1));
        mvc.perform(get("/api/entities?from=2025-03-02&to=2025-03-04&type=organization"))
                .andExpect(jsonPath("$[*].name", contains("Nordhavn Ferries")));
        mvc.perform(get("/api/entities?from=2025-03-01&to=2025-03-04&limit=1"))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theDefaultWindowIsTheLast24Hours() throws Exception {
        Instant now = Instant.now();
        writer.storeAll(List.of(
                TestArticles.article("Quayside market moves indoors").published(now.minus(Duration.ofHours(2)))
                        .entity("Quayside Market", EntityType.LOCATION, 2, 0.1).incoming(),
                TestArticles.article("Lighthouse keeper retires").published(now.minus(Duration.ofHours(30)))
                        .entity("Old Lighthouse", EntityType.LOCATION, 4, 0.2).incoming()));

        mvc.perform(get("/api/entities")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("Quayside Market")));
    }

    @Test
    void oneEntityByAliasWithTimelineAndCoOccurrences() throws Exception {
        mvc.perform(get("/api/entities/{name}", "mayor moreau"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ines Moreau"))
                .andExpect(jsonPath("$.id").value("person:name:ines-moreau"))
                .andExpect(jsonPath("$.type").value("PERSON"))
                .andExpect(jsonPath("$.aliases", contains("Mayor Moreau", "Moreau")))
                .andExpect(jsonPath("$.articles").value(2))
                .andExpect(jsonPath("$.mentions").value(4))
                .andExpect(jsonPath("$.timeline[*].date", contains("2025-03-01")))
                .andExpect(jsonPath("$.timeline[0].averageSentiment", closeTo(0.1, 1e-9), Double.class))
                .andExpect(jsonPath("$.coOccurring[0].name").value("Nordhavn"))
                .andExpect(jsonPath("$.coOccurring[0].articles").value(2));
        mvc.perform(get("/api/entities/{name}", "Nordhavn"))
                .andExpect(jsonPath("$.timeline[*].date", contains("2025-03-01", "2025-03-03")))
                .andExpect(jsonPath("$.timeline[*].mentions", contains(3, 2)));
    }

    @Test
    void unknownEntityIsA404AndBadWindowsAre400() throws Exception {
        mvc.perform(get("/api/entities/{name}", "Atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/entities?from=2025-03-04&to=2025-03-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("from"));
        mvc.perform(get("/api/entities?type=ANIMAL&limit=500"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams.length()").value(2));
    }

    @Test
    void aNameWrittenDecomposedFindsTheEntityStoredComposed() throws Exception {
        writer.storeAll(List.of(TestArticles.article("Zoë Müller opens the harbour school")
                .published("2025-03-02T09:00:00Z").entity("Zoë Müller", EntityType.PERSON, 2, 0.3).incoming()));
        // 'e' + U+0308 and 'u' + U+0308, as a macOS file name or a pasted name may carry them
        String decomposed = "Zoe\u0308 Mu\u0308ller";

        mvc.perform(get("/api/entities/{name}", decomposed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Zoë Müller"));
        mvc.perform(get("/api/articles").param("entity", decomposed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", contains("Zoë Müller opens the harbour school")));
    }

    /** Issue 16: one entity per id, whatever names the articles gave it. */
    @Test
    void articlesGivingOneIdDifferentNamesAreOneEntityWithItsFormsListed() throws Exception {
        TestDatabase.clear(jdbc, writer);
        writer.storeAll(List.of(TestArticles.article("US tariffs on steel").published("2025-03-01T09:00:00Z")
                .entityWithId("geo:country:US", "US", EntityType.LOCATION, 2, "U.S.")
                .entity("Varde Steelworks", EntityType.ORGANIZATION, 1, 0.0).incoming()));
        writer.storeAll(List.of(TestArticles.article("United States and Canada sign a fisheries pact")
                .published("2025-03-02T09:00:00Z")
                .entityWithId("geo:country:US", "United States", EntityType.LOCATION, 3, "US")
                .entity("Varde Steelworks", EntityType.ORGANIZATION, 1, 0.0).incoming()));

        mvc.perform(get("/api/entities?from=2025-03-01&to=2025-03-04&type=LOCATION"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("geo:country:US"))
                .andExpect(jsonPath("$[0].name").value("United States"))
                .andExpect(jsonPath("$[0].aliases", contains("U.S.", "US")))
                .andExpect(jsonPath("$[0].mentions").value(5))
                .andExpect(jsonPath("$[0].articles").value(2));
        for (String any : List.of("US", "united states", "u.s.", "geo:country:US")) {
            mvc.perform(get("/api/entities/{name}", any)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value("geo:country:US"))
                    .andExpect(jsonPath("$.name").value("United States"))
                    .andExpect(jsonPath("$.aliases", contains("U.S.", "US")))
                    .andExpect(jsonPath("$.articles").value(2))
                    .andExpect(jsonPath("$.timeline[*].date", contains("2025-03-01", "2025-03-02")))
                    .andExpect(jsonPath("$.coOccurring[0].id").value("org:name:varde-steelworks"))
                    .andExpect(jsonPath("$.coOccurring[0].articles").value(2));
        }
        mvc.perform(get("/api/articles").param("entity", "United States"))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/articles").param("entity", "geo:country:US"))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void aKnownEntityIsShownByTheKnowledgesNameWhateverFormTheLatestArticleUsed() throws Exception {
        TestDatabase.clear(jdbc, writer);
        writer.storeAll(List.of(TestArticles.article("Tariffs on steel").published("2025-03-01T09:00:00Z")
                .knownEntity("geo:country:US", "US", "United States", EntityType.LOCATION, 2).incoming()));
        writer.storeAll(List.of(TestArticles.article("Grain prices fall").published("2025-03-02T09:00:00Z")
                .knownEntity("geo:country:US", "U.S.", "United States", EntityType.LOCATION, 1).incoming()));

        mvc.perform(get("/api/entities?from=2025-03-01&to=2025-03-04"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("United States"))
                .andExpect(jsonPath("$[0].aliases", contains("U.S.", "US")));
        mvc.perform(get("/api/entities/{name}", "united states")).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("geo:country:US"));
    }

    @Test
    void withoutIdsEntitiesGroupByTypeAndNormalisedName() throws Exception {
        TestDatabase.clear(jdbc, writer);
        writer.storeAll(List.of(
                TestArticles.article("Société Générale opens a branch").published("2025-03-01T09:00:00Z")
                        .entity("Société Générale", EntityType.ORGANIZATION, 1, 0.0)
                        .entity("Port Elwen", EntityType.LOCATION, 1, 0.0).incoming(),
                TestArticles.article("SOCIETE GENERALE results").published("2025-03-01T10:00:00Z")
                        .entity("SOCIETE  GENERALE", EntityType.ORGANIZATION, 2, 0.0)
                        .entity("Port Elwen", EntityType.ORGANIZATION, 1, 0.0).incoming()));

        mvc.perform(get("/api/entities?from=2025-03-01&to=2025-03-02"))
                .andExpect(jsonPath("$[*].id", contains("org:name:societe-generale", "geo:name:port-elwen",
                        "org:name:port-elwen")))
                .andExpect(jsonPath("$[0].mentions").value(3))
                .andExpect(jsonPath("$[0].aliases", contains("Société Générale")));
        // a name two entities are shown under: the one in most articles, then the first id
        mvc.perform(get("/api/entities/{name}", "port elwen")).andExpect(jsonPath("$.id").value("geo:name:port-elwen"));
    }

    /**
     * On H2 the links' entity index is keyed by a generation of 4,096 article numbers first (V12), and an entity is
     * looked up in each: its articles in several generations, with an empty one between, are all counted, in day
     * order whatever generation holds them; an article stored again keeps its number and its links are replaced.
     */
    @Test
    void anEntitysArticlesCountInEveryGenerationOfArticleNumbers() throws Exception {
        TestDatabase.clear(jdbc, writer);
        var harbour = TestArticles.article("Harbour wall repaired").published("2025-03-05T09:00:00Z")
                .entity("Nordhavn", EntityType.LOCATION, 2, 0.1).entity("Ines Moreau", EntityType.PERSON, 1, 0.2);
        numberNextArticle(4094);
        writer.storeAll(List.of(harbour.incoming(), TestArticles.article("Ferry strike ends")
                .published("2025-03-01T09:00:00Z").entity("Nordhavn", EntityType.LOCATION, 1, 0.0)
                .entity("Port Elwen", EntityType.LOCATION, 1, 0.0).incoming()));
        writer.storeAll(List.of(TestArticles.article("Mayor visits the shipyard").published("2025-03-03T09:00:00Z")
                .entity("Nordhavn", EntityType.LOCATION, 1, 0.0).entity("Ines Moreau", EntityType.PERSON, 1, 0.0)
                .entity("Port Elwen", EntityType.ORGANIZATION, 1, 0.0).incoming()));
        numberNextArticle(3 * 4096 + 5);
        writer.storeAll(List.of(TestArticles.article("Ferries order two boats").published("2025-03-02T09:00:00Z")
                .entity("Nordhavn", EntityType.LOCATION, 1, 0.0).entity("Nordhavn Ferries", EntityType.ORGANIZATION, 1, 0.0)
                .entity("Port Elwen", EntityType.ORGANIZATION, 1, 0.0).incoming()));

        mvc.perform(get("/api/entities/{name}", "Nordhavn")).andExpect(status().isOk())
                .andExpect(jsonPath("$.articles").value(4))
                .andExpect(jsonPath("$.mentions").value(5))
                .andExpect(jsonPath("$.timeline[*].date", contains("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-05")))
                .andExpect(jsonPath("$.coOccurring[*].id", contains("org:name:port-elwen", "person:name:ines-moreau",
                        "geo:name:port-elwen", "org:name:nordhavn-ferries")))
                .andExpect(jsonPath("$.coOccurring[0].articles").value(2));
        mvc.perform(get("/api/articles").param("entity", "Nordhavn"))
                .andExpect(jsonPath("$.items[*].title", contains("Harbour wall repaired", "Mayor visits the shipyard",
                        "Ferries order two boats", "Ferry strike ends")));
        // a name two entities are shown under: the one in more articles, counted over all generations
        mvc.perform(get("/api/entities/{name}", "port elwen")).andExpect(jsonPath("$.id").value("org:name:port-elwen"));
        mvc.perform(get("/api/articles").param("entity", "Port Elwen").param("entityType", "ORGANIZATION"))
                .andExpect(jsonPath("$.items[*].title", contains("Mayor visits the shipyard", "Ferries order two boats")));

        writer.storeAll(List.of(TestArticles.article("Harbour wall repaired").published("2025-03-05T09:00:00Z")
                .entity("Ines Moreau", EntityType.PERSON, 1, 0.2).incoming()));

        mvc.perform(get("/api/entities/{name}", "Nordhavn"))
                .andExpect(jsonPath("$.articles").value(3))
                .andExpect(jsonPath("$.timeline[*].date", contains("2025-03-01", "2025-03-02", "2025-03-03")));
        mvc.perform(get("/api/entities/{name}", "Ines Moreau"))
                .andExpect(jsonPath("$.articles").value(2))
                .andExpect(jsonPath("$.coOccurring[*].name", contains("Nordhavn", "Port Elwen")));
        mvc.perform(get("/api/articles").param("entity", "Nordhavn"))
                .andExpect(jsonPath("$.items[*].title", contains("Mayor visits the shipyard", "Ferries order two boats",
                        "Ferry strike ends")));
    }

    /** The next article stored gets this number (numbers follow arrival; a crash may skip some). */
    private void numberNextArticle(long number) {
        jdbc.sql("ALTER SEQUENCE article_no_seq RESTART WITH " + number).update();
    }

    /** Issue 17: each entity page view used to keep one or two pooled connections until the pool ran dry. */
    @Test
    void entityPageViewsGiveTheirConnectionsBack() throws Exception {
        int activeBefore = activeConnections();
        for (int view = 0; view < 100; view++) {
            String name = view % 2 == 0 ? "Ines Moreau" : "Atlantis " + view;
            mvc.perform(get("/api/entities/{name}", name))
                    .andExpect(status().is(view % 2 == 0 ? 200 : 404));
            assertThat(activeConnections()).as("connections in use after view %d", view).isEqualTo(activeBefore);
        }
        mvc.perform(get("/api/stats")).andExpect(status().isOk()).andExpect(jsonPath("$.articles").value(3));
    }

    private int activeConnections() throws Exception {
        return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
    }
}

package dev.newsflow.store.article;

import com.jayway.jsonpath.JsonPath;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.api.TimeField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article list filtered by an entity on H2: the entity's links by the generation index, then only its articles,
 * each by its number, sorted. Before, H2 read them through {@code article_no IN (<links>)} and checked that IN again
 * on every article read, re-running the links' sub-query per article unless it reused the last result: minutes for
 * an entity in a few thousand articles. Same articles in the same order, across generations of article numbers.
 */
@StoreOnH2
class EntityFilterOnH2Test {

    /** article number (generation = number / 4,096) → article; "Jordan" is a place and a person: one form, two ids */
    private final Map<Long, TestArticles> stored = Map.of(
            10L, TestArticles.article("Ferry to Jordan").published("2026-03-04T08:00:00Z")
                    .entity("Jordan", EntityType.LOCATION, 1, 0.0),
            4100L, TestArticles.article("Jordan meets Jordan").published("2026-03-09T08:00:00Z")
                    .entity("Jordan", EntityType.LOCATION, 1, 0.0).entity("Jordan", EntityType.PERSON, 2, 0.0),
            9000L, TestArticles.article("Jordan signs").published("2026-03-01T08:00:00Z").source("Harbour Post")
                    .entity("Jordan", EntityType.PERSON, 1, 0.0),
            9001L, TestArticles.article("Ferry strike in Jordan").published("2026-03-04T08:00:00Z")
                    .entity("Jordan", EntityType.LOCATION, 1, 0.0),
            13000L, TestArticles.article("Ferry to Nordhavn").published("2026-03-06T08:00:00Z")
                    .entity("Nordhavn", EntityType.LOCATION, 1, 0.0));

    private final MockMvc mvc;
    private final ArticleWriter writer;
    private final JdbcClient jdbc;
    private final ArticleRepository articles;

    EntityFilterOnH2Test(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc, ArticleRepository articles) {
        this.mvc = mvc;
        this.writer = writer;
        this.jdbc = jdbc;
        this.articles = articles;
    }

    @BeforeEach
    void articlesInFourGenerations() {
        TestDatabase.clear(jdbc, writer);
        stored.keySet().stream().sorted().forEach(number -> {
            jdbc.sql("ALTER SEQUENCE article_no_seq RESTART WITH " + number).update();
            writer.storeAll(List.of(stored.get(number).incoming()));
        });
    }

    @Test
    void anEntitysArticlesAreReadByNumberAfterItsLinksAndSortedAlone() {
        for (EntityType type : new EntityType[] {null, EntityType.PERSON}) {
            var query = new ArticleQuery(null, "jordan", type, null, null, null, null, null, null, null,
                    TimeField.PUBLISHED, null, 20);
            ArticleRepository.Statement statement = articles.statement(query);
            String plan = jdbc.sql("EXPLAIN " + statement.sql()).paramSource(statement.params())
                    .query(String.class).single();

            assertThat(plan).containsPattern("article_link_gen_entity_day_idx: gen = ae_k\\.gen\\s+AND entity_id = ae_k\\.id")
                    .contains("article_no_idx: article_no = a_n.article_no")
                    .doesNotContain("article_no IN(").doesNotContain("article_sort_idx");
        }
    }

    @Test
    void filteredListsKeepTheirArticlesOrderAndPages() throws Exception {
        assertThat(ids("/api/articles?entity=jordan")).containsExactlyElementsOf(expected(a -> a.title().contains("Jordan")));
        assertThat(ids("/api/articles?entity=JORDAN&limit=1")).containsExactlyElementsOf(expected(a -> a.title().contains("Jordan")));
        assertThat(ids("/api/articles?entity=jordan&entityType=PERSON&limit=1"))
                .containsExactlyElementsOf(expected(a -> a.title().startsWith("Jordan")));
        assertThat(ids("/api/articles?entity=person:name:jordan"))
                .containsExactlyElementsOf(expected(a -> a.title().startsWith("Jordan")));
        assertThat(ids("/api/articles?entity=jordan&entityType=LOCATION&source=Test Gazette"))
                .containsExactlyElementsOf(expected(a -> !a.title().equals("Jordan signs") && a.title().contains("Jordan")));
        assertThat(ids("/api/articles?entity=jordan&q=ferry&limit=1")).containsExactlyInAnyOrderElementsOf(
                expected(a -> a.title().contains("Ferry") && a.title().contains("Jordan")));
        assertThat(ids("/api/articles?entity=nordhavn&from=2026-03-05T00:00:00Z"))
                .containsExactlyElementsOf(expected(a -> a.title().contains("Nordhavn")));
    }

    private List<String> expected(Predicate<ArticleEnriched> which) {
        return stored.values().stream().map(TestArticles::build).filter(which)
                .sorted(Comparator.comparing(ArticleEnriched::publishedAt).thenComparing(ArticleEnriched::id).reversed())
                .map(ArticleEnriched::id).toList();
    }

    /** Every page of a list, following its cursor. */
    private List<String> ids(String firstPage) throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = get(firstPage);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(body, "$.items[*].id"));
            cursor = JsonPath.<Map<String, Object>>read(body, "$").containsKey("nextCursor")
                    ? JsonPath.read(body, "$.nextCursor") : null;
        } while (cursor != null);
        return seen;
    }
}

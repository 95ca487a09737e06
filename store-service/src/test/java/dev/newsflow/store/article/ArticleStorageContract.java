package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.api.TimeField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upserts and keyset pages at the repository level; run on H2 and on PostgreSQL. */
abstract class ArticleStorageContract {

    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    private final ArticleWriter writer;
    private final ArticleRepository repository;
    private final JdbcClient jdbc;

    protected ArticleStorageContract(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc) {
        this.writer = writer;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void emptyStore() {
        TestDatabase.clear(jdbc, writer);
    }

    @Test
    void storingTheSameArticleAgainLeavesOneArticleWithItsEntitiesOnce() {
        var article = TestArticles.article("Lighthouse keeper retires after forty years")
                .entity("Ines Moreau", EntityType.PERSON, 2, 0.4, "Moreau");
        writer.storeAll(List.of(article.incoming()));
        writer.storeAll(List.of(article.incoming(), article.incoming()));

        assertThat(count("article")).isEqualTo(1);
        assertThat(count("article_link")).isEqualTo(1);
        assertThat(count("entity_form")).as("name and alias").isEqualTo(2);
    }

    @Test
    void articlesAreNumberedInTheOrderFirstStoredAndTheirLinksCarryTheirNumber() {
        var first = TestArticles.article("Ferry timetable changes for the winter")
                .entity("Ines Moreau", EntityType.PERSON, 1, 0.0);
        var second = TestArticles.article("Harbour wall repaired after the storm")
                .entity("Ines Moreau", EntityType.PERSON, 1, 0.0).entity("North Quay", EntityType.LOCATION, 1, 0.0);
        writer.storeAll(List.of(first.incoming()));
        writer.storeAll(List.of(second.incoming(), first.incoming()));

        assertThat(jdbc.sql("SELECT id FROM article ORDER BY article_no").query(String.class).list())
                .containsExactly(first.build().id(), second.build().id());
        assertThat(jdbc.sql("SELECT a.id FROM article_link ae JOIN article a ON a.article_no = ae.article_no"
                + " AND a.id = ae.article_id ORDER BY ae.link_no").query(String.class).list())
                .containsExactly(first.build().id(), second.build().id(), second.build().id());
    }

    @Test
    void aReEnrichedArticleReplacesItsEntitiesAndKeepsItsPlaceInTheList() {
        var first = TestArticles.article("Museum reopens its north wing").published((Instant) null)
                .ingested(BASE).entity("Ines Moreau", EntityType.PERSON, 1, 0.0);
        var other = TestArticles.article("Town hall clock repaired").published((Instant) null)
                .ingested(BASE.plusSeconds(60));
        writer.storeAll(List.of(first.incoming(), other.incoming()));

        var again = TestArticles.article("Museum reopens its north wing").published((Instant) null)
                .ingested(BASE.plusSeconds(3600)).entity("North Wing Trust", EntityType.ORGANIZATION, 1, 0.0);
        writer.storeAll(List.of(again.incoming()));

        assertThat(jdbc.sql("SELECT entity_id FROM article_link").query(String.class).list())
                .containsExactly("org:name:north-wing-trust");
        assertThat(repository.find(listing(null, 10)).stream().map(ArticleHit::id))
                .containsExactly(other.build().id(), first.build().id());
        assertThat(repository.findJson(first.build().id())).get().asString().contains("North Wing Trust");
    }

    /** The record's own text comes back, whatever its script: by id, in the list and in a search's hits. */
    @Test
    void aDocumentIsServedAsTheTextReceived() {
        var incoming = TestArticles.article("Zoë Ørsted opens the Łódź–東京 ferry route")
                .body("Passengers said “it was worth the wait” \uD83D\uDEA2 — the crossing takes 9½ hours.").incoming();
        writer.storeAll(List.of(incoming));
        String id = incoming.article().id();

        assertThat(repository.findJson(id)).contains(incoming.json());
        assertThat(repository.find(listing(null, 10))).singleElement().extracting(ArticleHit::json)
                .isEqualTo(incoming.json());
        assertThat(repository.find(new ArticleQuery("ferry", null, null, null, null, null, null, null, null, null,
                TimeField.PUBLISHED, null, 10))).singleElement().extracting(ArticleHit::json)
                .isEqualTo(incoming.json());
    }

    @Test
    void aPollLargerThanOneJdbcBatchIsStoredWholeOrNotAtAll() {
        // more articles and links than RowBatch sends at once: the statement batches are parts of one transaction
        int articles = RowBatch.ROWS_PER_BATCH + 50;
        List<IncomingArticle> poll = IntStream.range(0, articles).mapToObj(i ->
                TestArticles.article("Harbour notice number " + i).entity("Ines Moreau", EntityType.PERSON, 1, 0.0)
                        .entity("North Quay", EntityType.LOCATION, 1, 0.0).incoming()).toList();
        writer.storeAll(poll);
        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("article_link")).isEqualTo(2L * articles);

        List<IncomingArticle> refused = new ArrayList<>(IntStream.range(0, articles).mapToObj(i ->
                TestArticles.article("Ferry notice number " + i).entity("Ines Moreau", EntityType.PERSON, 1, 0.0)
                        .incoming()).toList());
        // a language code longer than its column: the database refuses the last article, after whole batches went
        refused.add(TestArticles.article("Ferry notice the database refuses").language("x".repeat(40)).incoming());
        assertThatThrownBy(() -> writer.storeAll(refused)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("article")).as("none of the refused poll").isEqualTo(articles);
        assertThat(count("article_link")).isEqualTo(2L * articles);
    }

    @Test
    void pagesHaveNoGapsOrRepeatsWhileArticlesArrive() throws Exception {
        Random random = new Random(42);
        List<ArticleEnriched> before = IntStream.range(0, 60).mapToObj(i -> article("before", i, random)).toList();
        writer.storeAll(before.stream().map(TestArticles::incoming).toList());
        List<ArticleEnriched> during = IntStream.range(0, 60).mapToObj(i -> article("during", i, random)).toList();

        CompletableFuture<Void> arrivals = CompletableFuture.runAsync(() ->
                during.forEach(a -> writer.storeAll(List.of(TestArticles.incoming(a)))));
        List<String> seen = new ArrayList<>();
        Cursor cursor = null;
        do {
            List<ArticleHit> hits = repository.find(listing(cursor, 7));
            hits.forEach(hit -> seen.add(hit.id()));
            cursor = hits.size() == 7 ? hits.getLast().cursor() : null;
        } while (cursor != null);
        arrivals.get();

        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).as("no article twice").hasSameSizeAs(seen);
        assertThat(unique).as("every article stored before paging began")
                .containsAll(before.stream().map(ArticleEnriched::id).toList());
    }

    private static ArticleEnriched article(String batch, int i, Random random) {
        // many share a timestamp, so the id tie-break is exercised too
        Instant published = BASE.plusSeconds(60L * random.nextInt(40));
        return TestArticles.article("Harbour notice " + batch + " number " + i).published(published).build();
    }

    private static ArticleQuery listing(Cursor after, int limit) {
        return new ArticleQuery(null, null, null, null, null, null, null, null, null, null, TimeField.PUBLISHED,
                after, limit);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}

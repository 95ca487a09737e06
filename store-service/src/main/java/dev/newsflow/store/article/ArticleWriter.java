package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Sentiment;
import dev.newsflow.store.db.SqlDialect;
import dev.newsflow.store.db.SqlDialect.Column;
import dev.newsflow.store.db.SqlTime;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Upserts enriched articles by id, with their entities (by entity id), surface forms and links, in one transaction per call. Rows go as
 * JDBC batches ({@link RowBatch}) because {@code JdbcClient} has no batch API and a poll brings hundreds of records.
 */
@Repository
public class ArticleWriter {

    private static final List<Column> ARTICLE_COLUMNS = List.of(
            new Column("id", ":id", false), new Column("title", ":title", true), new Column("body", ":body", true),
            new Column("source", ":source", true), new Column("url", ":url", true),
            new Column("author", ":author", true), new Column("language", ":language", true),
            new Column("published_at", ":publishedAt", true), new Column("ingested_at", ":ingestedAt", true),
            new Column("enriched_at", ":enrichedAt", true),
            // an article keeps its place in the newest-first order when it is delivered again
            new Column("sort_time", ":sortTime", false), new Column("sort_day", ":sortDay", false),
            new Column("sentiment_label", ":sentimentLabel", true),
            new Column("sentiment_score", ":sentimentScore", true), new Column("word_count", ":wordCount", true),
            new Column("enricher_version", ":enricherVersion", true), new Column("document", ":document", true),
            new Column("first_stored_at", ":storedAt", false), new Column("stored_at", ":storedAt", true));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final RowBatch<ArticleRow> upsertArticle;
    private final EntityRowWriter entityRows;
    private final StoredEntities known;

    public ArticleWriter(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, Clock clock, StoredEntities known) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.known = known;
        this.entityRows = new EntityRowWriter(jdbc, dialect, known);
        this.upsertArticle = new RowBatch<>(dialect.upsert("article", "id", ARTICLE_COLUMNS), ArticleRow::value);
    }

    /** Stores every article or none; for the same id twice, the later one wins, as it would in two batches. */
    @Transactional
    public void storeAll(Collection<IncomingArticle> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, IncomingArticle> byId = new LinkedHashMap<>();
        batch.forEach(incoming -> byId.put(incoming.article().id(), incoming));
        OffsetDateTime storedAt = SqlTime.of(clock.instant());

        upsertArticle.run(jdbc.getJdbcOperations(),
                byId.values().stream().map(incoming -> new ArticleRow(incoming, storedAt)).toList());
        Map<String, List<IdentifiedEntity>> entities = new LinkedHashMap<>();
        byId.forEach((id, incoming) -> entities.put(id, incoming.entities()));
        entityRows.write(byId.keySet(), EntityRows.of(entities), storedAt);
    }

    /**
     * After entity or form rows were deleted by hand (nothing in the store deletes them): the writer asks the database
     * again about every entity instead of trusting what it stored lately.
     */
    public void forgetStoredEntities() {
        known.forgetAll();
    }

    /** An article's row: its columns' values by parameter name. */
    private record ArticleRow(IncomingArticle incoming, OffsetDateTime storedAt) {

        Object value(String parameter) {
            ArticleEnriched a = incoming.article();
            return switch (parameter) {
                case "id" -> a.id();
                case "title" -> a.title();
                case "body" -> a.body();
                case "source" -> a.source();
                case "url" -> a.url();
                case "author" -> a.author();
                case "language" -> a.language() == null ? null : a.language().toLowerCase(Locale.ROOT);
                case "publishedAt" -> SqlTime.of(a.publishedAt());
                case "ingestedAt" -> SqlTime.of(a.ingestedAt());
                case "enrichedAt" -> SqlTime.of(a.enrichedAt());
                case "sortTime" -> SqlTime.of(sortTime());
                case "sortDay" -> SqlTime.utcDay(sortTime());
                case "sentimentLabel" -> incoming.tone().map(s -> s.label().wireName()).orElse(null);
                case "sentimentScore" -> incoming.tone().map(Sentiment::score).orElse(null);
                case "wordCount" -> a.wordCount();
                case "enricherVersion" -> a.enricherVersion();
                case "document" -> incoming.json();
                case "storedAt" -> storedAt;
                default -> throw new IllegalArgumentException("no article column for :" + parameter);
            };
        }

        private Instant sortTime() {
            ArticleEnriched a = incoming.article();
            return a.publishedAt() != null ? a.publishedAt() : a.ingestedAt();
        }
    }
}

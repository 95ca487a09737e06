package dev.newsflow.store.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** PostgreSQL: {@code INSERT ... ON CONFLICT}, and the weighted tsvector column with its GIN index. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String upsert(String table, String keyColumn, List<Column> columns) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(Column::value).collect(Collectors.joining(", "));
        String updates = columns.stream().filter(Column::updatable)
                .map(c -> c.name() + " = EXCLUDED." + c.name()).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT (" + keyColumn
                + ") DO UPDATE SET " + updates;
    }

    @Override
    public boolean upsertsConcurrently() {
        return true;
    }

    @Override
    public OptionalInt mostArticlesPerTransaction() {
        return OptionalInt.empty();
    }

    @Override
    public Optional<String> searchIndexMerge() {
        return Optional.of("SELECT gin_clean_pending_list('article_search_idx'::regclass)");
    }

    @Override
    public SearchClause search(String query, MapSqlParameterSource params) {
        params.addValue("q", query);
        // websearch syntax: words, "quoted phrases", OR, -excluded; never a syntax error on user input
        String tsQuery = "websearch_to_tsquery('english', :q)";
        return new SearchClause("a.search_vector @@ " + tsQuery,
                "CAST(ts_rank(a.search_vector, " + tsQuery + ") AS DOUBLE PRECISION)");
    }

    @Override
    public String entityLinks(String alias, String entityIds) {
        return "article_link " + alias + " WHERE " + alias + ".entity_id IN (" + entityIds + ")";
    }

    /** A semi-join PostgreSQL plans by cost: the numbers hashed, or the articles in sort order probing them. */
    @Override
    public NumberedArticles numberedArticles(String articleNumbers) {
        return new NumberedArticles("article a", "a.article_no IN (" + articleNumbers + ")");
    }
}

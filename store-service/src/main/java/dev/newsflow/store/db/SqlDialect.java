package dev.newsflow.store.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The few places where PostgreSQL and H2 need different SQL. Everything else is written once, in the SQL both
 * understand, with named parameters only.
 */
public interface SqlDialect {

    /** The dialect of the database a JDBC URL names, without connecting to it. */
    static SqlDialect forJdbcUrl(String url) {
        return DatabaseVendor.fromJdbcUrl(url).dialect();
    }

    /**
     * Insert-or-update by primary key in one statement; columns that are not {@link Column#updatable()} keep the
     * value of the first insert.
     */
    String upsert(String table, String keyColumn, List<Column> columns);

    /**
     * Whether transactions on several connections may {@link #upsert} the same new key at once. PostgreSQL's
     * {@code ON CONFLICT} waits for the other transaction and then updates; H2's {@code MERGE} does not see the other's
     * uncommitted row, inserts it too and fails on the duplicate key, which would refuse good articles.
     */
    boolean upsertsConcurrently();

    /**
     * The most articles one transaction should store, empty when more is never dearer per article. The store's
     * consumer polls no more than this, as each poll is stored in one transaction.
     */
    OptionalInt mostArticlesPerTransaction();

    /**
     * The full-text match condition and a relevance expression (higher is better, DOUBLE PRECISION) for a user's
     * query over {@code a.title} and {@code a.body}; adds its parameters to {@code params}.
     */
    SearchClause search(String query, MapSqlParameterSource params);

    /**
     * A statement that merges the words of newly stored articles into the search index and answers how many pages
     * of them it merged, where the index keeps such words aside (PostgreSQL's GIN pending list); empty where it does
     * not.
     */
    Optional<String> searchIndexMerge();

    /**
     * What follows FROM in a query over the article_link rows, named {@code alias}, of the entities {@code entityIds}
     * names (SQL that can follow IN: named parameters or a sub-query): tables and a WHERE condition, read through the
     * links' entity index, never by a scan. Callers may append AND conditions, GROUP BY and the like.
     */
    String entityLinks(String alias, String entityIds);

    /**
     * What follows FROM in the article list when it is narrowed to the articles {@code articleNumbers} returns (a
     * sub-query selecting {@code article_no}, possibly a number more than once): tables, the articles named
     * {@code a}, and a condition for WHERE (null: none). Each article at most once.
     */
    NumberedArticles numberedArticles(String articleNumbers);

    /** @param value SQL expression for the inserted value, usually a named parameter */
    record Column(String name, String value, boolean updatable) {
    }

    record SearchClause(String condition, String rank) {
    }

    /** @param condition null when the tables alone narrow the articles */
    record NumberedArticles(String from, String condition) {
    }
}

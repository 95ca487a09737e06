package dev.newsflow.store.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * H2, the embedded default: standard {@code MERGE} for upserts, and a plain word search: every word must occur in
 * title or body; a word in the title counts twice as much as one in the body. The links' entity index is keyed by
 * generation first (V12).
 */
final class H2Dialect implements SqlDialect {

    static final int MAX_SEARCH_WORDS = 16;

    @Override
    public String upsert(String table, String keyColumn, List<Column> columns) {
        Column key = columns.stream().filter(c -> c.name().equals(keyColumn)).findFirst().orElseThrow();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(Column::value).collect(Collectors.joining(", "));
        String updates = columns.stream().filter(Column::updatable)
                .map(c -> c.name() + " = " + c.value()).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + key.value() + ")) s(k) ON t." + keyColumn + " = s.k"
                + " WHEN MATCHED THEN UPDATE SET " + updates
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + values + ")";
    }

    @Override
    public boolean upsertsConcurrently() {
        return false;
    }

    /**
     * H2 writes changed pages to its file as soon as they outgrow its write buffer (19 MB, a 16th of a heap under
     * ~300 MB), in the middle of a transaction too, and writes those the transaction changes after that again at its
     * commit. Measured (BENCHMARKS.md, "Store write path"): a transaction of 400 articles or more cost 1.3-1.5 times
     * as much CPU per article as one of 50-200; under a backlog the whole store took ~17 % more CPU per article with
     * polls of 2,000 than of 200.
     */
    @Override
    public OptionalInt mostArticlesPerTransaction() {
        return OptionalInt.of(200);
    }

    @Override
    public Optional<String> searchIndexMerge() {
        return Optional.empty();
    }

    @Override
    public SearchClause search(String query, MapSqlParameterSource params) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_SEARCH_WORDS).toList();
        if (words.isEmpty()) {
            return new SearchClause("1 = 0", "0E0");
        }
        List<String> conditions = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String name = "q" + i;
            params.addValue(name, "%" + words.get(i) + "%");
            String inTitle = "LOWER(a.title) LIKE :" + name;
            String inBody = "LOWER(a.body) LIKE :" + name;
            conditions.add("(" + inTitle + " OR " + inBody + ")");
            ranks.add("CASE WHEN " + inTitle + " THEN 2 ELSE 0 END + CASE WHEN " + inBody + " THEN 1 ELSE 0 END");
        }
        return new SearchClause(String.join(" AND ", conditions),
                "CAST(" + String.join(" + ", ranks) + " AS DOUBLE PRECISION)");
    }

    /**
     * One index lookup per generation and entity (V12 keys the index by (gen, entity_id, sort_day)). Written as a
     * join on the pairs, generations from the index's first and last key: H2 uses an IN condition on an index only
     * for its first column, and only when no other column has an equality, so {@code gen IN (...) AND entity_id = ?}
     * read the whole index; with generations and entities as two tables of the join it read the links before the
     * entities, also whole. The ids become rows through the entity table (the writer stores an entity before any of
     * its links). Numbers a crash skipped leave empty generations: a lookup each, finding nothing. {@code WHERE TRUE}
     * lets callers append AND conditions as on PostgreSQL.
     */
    @Override
    public String entityLinks(String alias, String entityIds) {
        String pairs = alias + "_k";
        return "(SELECT " + alias + "_g.\"X\" AS gen, " + alias + "_e.id FROM SYSTEM_RANGE("
                // no links: SYSTEM_RANGE(NULL, NULL) fails, (0, -1) is empty
                + "COALESCE((SELECT MIN(gen) FROM article_link), 0), COALESCE((SELECT MAX(gen) FROM article_link), -1)) "
                + alias + "_g, entity "
                + alias + "_e WHERE " + alias + "_e.id IN (" + entityIds + ")) " + pairs + " JOIN article_link " + alias
                + " ON " + alias + ".gen = " + pairs + ".gen AND " + alias + ".entity_id = " + pairs + ".id WHERE TRUE";
    }

    /**
     * The numbers first, once, then each article by its number (article_no_idx), so only these articles are read and
     * sorted. Not {@code a.article_no IN (<numbers>)}: H2 reads the articles by the IN through the index, then checks
     * the IN again on every article it read, re-running the sub-query each time unless it reuses the last result
     * (OPTIMIZE_REUSE_RESULTS, and only while no commit happened in between): minutes for an entity in thousands of
     * articles, the plan EntityFilterOnH2Test asserts against. DISTINCT: one article can link to several of the
     * entities a form names.
     */
    @Override
    public NumberedArticles numberedArticles(String articleNumbers) {
        return new NumberedArticles("(SELECT DISTINCT n.article_no FROM (" + articleNumbers + ") n) a_n"
                + " JOIN article a ON a.article_no = a_n.article_no", null);
    }
}

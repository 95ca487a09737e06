package dev.newsflow.store.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * H2, the embedded default: the document as the text received (V7: H2's JSON type parsed and re-wrote every
 * document on insert, a tenth of the store's CPU, for a column only ever read back whole), standard
 * {@code MERGE} for upserts, and a plain word search: every word must occur in title or body; a word in the
 * title counts twice as much as one in the body.
 */
final class H2Dialect implements SqlDialect {

    static final int MAX_SEARCH_WORDS = 16;

    @Override
    public String json(String parameter) {
        return ":" + parameter;
    }

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
}

package dev.newsflow.store.article;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

import java.util.Arrays;
import java.util.Collection;

/**
 * A statement with named parameters run over many rows as JDBC batches of at most {@link #ROWS_PER_BATCH}, each row's
 * parameters set straight from the row. {@code NamedParameterJdbcTemplate.batchUpdate} needs a parameter map per row,
 * all of them built before the first is sent, and the driver keeps every row's values until the batch executes: for a
 * poll of 2,000 articles ~25,000 link maps and their values lived through the whole statement, long enough to be
 * copied by several young collections and promoted. Here a row costs no map, and
 * at most one chunk's values are held at a time. Values are set as {@code NamedParameterJdbcTemplate} sets them
 * (type unknown, so the driver's own mapping), and errors are translated the same way.
 *
 * @param <T> what one row is made of
 */
final class RowBatch<T> {

    /** rows per JDBC batch: few enough to die young, many enough that a round trip to PostgreSQL serves hundreds */
    static final int ROWS_PER_BATCH = 250;

    /** A row's value for a parameter of the statement, by the parameter's name. */
    @FunctionalInterface
    interface Values<T> {
        Object of(T row, String parameter);
    }

    private final String sql;
    private final String[] parameters;
    private final Values<T> values;

    RowBatch(String namedSql, Values<T> values) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(namedSql);
        this.sql = NamedParameterUtils.substituteNamedParameters(parsed, null);
        this.parameters = Arrays.stream(NamedParameterUtils.buildValueArray(parsed, new ParameterNames(), null))
                .map(String.class::cast).toArray(String[]::new);
        this.values = values;
    }

    void run(JdbcOperations jdbc, Collection<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rows, ROWS_PER_BATCH, (ps, row) -> {
            for (int i = 0; i < parameters.length; i++) {
                StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN,
                        values.of(row, parameters[i]));
            }
        });
    }

    /** Answers every parameter with its own name: the statement's parameters in the order of its placeholders. */
    private static final class ParameterNames extends AbstractSqlParameterSource {

        @Override
        public boolean hasValue(String paramName) {
            return true;
        }

        @Override
        public Object getValue(String paramName) {
            return paramName;
        }
    }
}

package dev.newsflow.store.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * On PostgreSQL, lets the driver send a batch of inserts as multi-row INSERTs ({@code reWriteBatchedInserts}):
 * one statement per few hundred rows instead of one per row. The store's batches never hold one key twice (the
 * writers de-duplicate them), which a multi-row {@code ON CONFLICT DO UPDATE} requires. A URL that sets the option
 * itself keeps its value; H2 is left alone (it refuses settings it does not know).
 */
final class PostgresBatchRewrite implements BeanPostProcessor {

    static final String OPTION = "reWriteBatchedInserts";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && applies(pool.getJdbcUrl())
                && !pool.getDataSourceProperties().containsKey(OPTION)) {
            pool.addDataSourceProperty(OPTION, "true");
        }
        return bean;
    }

    static boolean applies(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.contains(OPTION + "=");
    }
}

package dev.newsflow.store.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return switch (product) {
            case "PostgreSQL" -> new PostgresDialect();
            case "H2" -> new H2Dialect();
            default -> throw new IllegalStateException(
                    "Unsupported database " + product + ": newsflow stores articles in PostgreSQL or H2");
        };
    }
}

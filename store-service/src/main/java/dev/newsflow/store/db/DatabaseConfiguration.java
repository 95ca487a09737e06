package dev.newsflow.store.db;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseVendor databaseVendor(JdbcConnectionDetails connection) {
        return DatabaseVendor.fromJdbcUrl(connection.getJdbcUrl());
    }

    @Bean
    SqlDialect sqlDialect(DatabaseVendor vendor) {
        return vendor.dialect();
    }

    /** static: a post-processor must exist before the beans it processes */
    @Bean
    static PostgresBatchRewrite postgresBatchRewrite() {
        return new PostgresBatchRewrite();
    }

    /** Boot's {vendor} placeholder would open a connection while the context starts; the URL says as much. */
    @Bean
    FlywayConfigurationCustomizer vendorMigrations(DatabaseVendor vendor) {
        return flyway -> flyway.locations(vendor.migrations());
    }
}

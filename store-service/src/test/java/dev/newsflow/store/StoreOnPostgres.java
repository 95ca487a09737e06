package dev.newsflow.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The store's web and database layers on the PostgreSQL named by {@code NEWSFLOW_TEST_DB_URL} (CI sets it; a set
 * but unreachable database fails the tests). Tables live in their own schema, so the tests never touch data of
 * a store running against the same database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "NEWSFLOW_TEST_DB_URL", matches = ".+")
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "spring.datasource.url=${NEWSFLOW_TEST_DB_URL}",
        "spring.datasource.username=${NEWSFLOW_TEST_DB_USER:news}",
        "spring.datasource.password=${NEWSFLOW_TEST_DB_PASSWORD:news}",
        "spring.datasource.hikari.schema=store_test",
        "spring.flyway.schemas=store_test",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false"})
public @interface StoreOnPostgres {
}

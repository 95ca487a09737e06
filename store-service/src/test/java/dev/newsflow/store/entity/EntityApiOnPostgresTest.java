package dev.newsflow.store.entity;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

@StoreOnPostgres
class EntityApiOnPostgresTest extends EntityApiContract {

    EntityApiOnPostgresTest(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc, DataSource dataSource) {
        super(mvc, writer, jdbc, dataSource);
    }
}

package dev.newsflow.store.entity;

import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

@StoreOnH2
class EntityApiOnH2Test extends EntityApiContract {

    EntityApiOnH2Test(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc, DataSource dataSource) {
        super(mvc, writer, jdbc, dataSource);
    }
}

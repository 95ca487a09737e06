package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@StoreOnPostgres
class ArticleApiOnPostgresTest extends ArticleApiContract {

    ArticleApiOnPostgresTest(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
    }
}

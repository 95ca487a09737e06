package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@StoreOnPostgres
class StatsApiOnPostgresTest extends StatsApiContract {

    StatsApiOnPostgresTest(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
    }
}

package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.article.ArticleWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@StoreOnH2
class StatsApiOnH2Test extends StatsApiContract {

    StatsApiOnH2Test(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
    }
}

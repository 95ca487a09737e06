package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnH2;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@StoreOnH2
class ArticleApiOnH2Test extends ArticleApiContract {

    ArticleApiOnH2Test(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
    }
}

package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnH2;
import org.springframework.jdbc.core.simple.JdbcClient;

@StoreOnH2
class ArticleStorageOnH2Test extends ArticleStorageContract {

    ArticleStorageOnH2Test(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc) {
        super(writer, repository, jdbc);
    }
}

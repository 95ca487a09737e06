package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

@StoreOnPostgres
class ArticleStorageOnPostgresTest extends ArticleStorageContract {

    ArticleStorageOnPostgresTest(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc) {
        super(writer, repository, jdbc);
    }
}

package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnPostgres;

@StoreOnPostgres
class ArticleStorageOnPostgresTest extends ArticleStorageContract {
}

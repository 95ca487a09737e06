package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnH2;

@StoreOnH2
class ArticleApiOnH2Test extends ArticleApiContract {
}

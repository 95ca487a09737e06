package dev.newsflow.store.article;

import java.time.Instant;

/** One article of a result page: its sort key and its stored JSON. */
record ArticleHit(String id, Instant sortTime, Double rank, String json) {

    Cursor cursor() {
        return new Cursor(rank, sortTime, id);
    }
}

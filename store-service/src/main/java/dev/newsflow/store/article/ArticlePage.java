package dev.newsflow.store.article;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * @param nextCursor pass as {@code cursor} to get the next page; absent on the last page
 */
public record ArticlePage(
        List<RawArticle> items,
        @Schema(description = "Opaque; absent on the last page") String nextCursor) {
}

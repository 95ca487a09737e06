package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;

/**
 * An enriched article to store: the decoded event for the indexed columns, and its JSON exactly as received, kept
 * whole so fields added to the contract later are served without a store release.
 */
public record IncomingArticle(ArticleEnriched article, String json) {
}

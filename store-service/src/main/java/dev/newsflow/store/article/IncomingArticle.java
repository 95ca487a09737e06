package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Sentiment;

import java.util.List;
import java.util.Optional;

/**
 * An enriched article to store: the decoded event for the indexed columns, its entities with their ids, and its
 * JSON as received (less any invalid optional part), kept whole so fields added to the contract later are served
 * without a store release.
 *
 * @param toneKnown false when the record's document sentiment was invalid and left out: {@code article.sentiment()}
 *                  is then a stand-in, and {@link #tone()} is empty
 */
public record IncomingArticle(ArticleEnriched article, List<IdentifiedEntity> entities, String json,
        boolean toneKnown) {

    public IncomingArticle {
        entities = List.copyOf(entities);
    }

    public IncomingArticle(ArticleEnriched article, List<IdentifiedEntity> entities, String json) {
        this(article, entities, json, true);
    }

    /** An article whose entities carry no ids: each gets its derived one. */
    public IncomingArticle(ArticleEnriched article, String json) {
        this(article, article.entities().stream().map(e -> IdentifiedEntity.of(null, e)).toList(), json);
    }

    /** The document tone; empty when the record's was invalid and left out. */
    public Optional<Sentiment> tone() {
        return toneKnown ? Optional.of(article.sentiment()) : Optional.empty();
    }
}

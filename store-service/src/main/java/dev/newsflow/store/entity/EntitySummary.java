package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;

/**
 * An entity's weight in a time window.
 *
 * @param averageSentiment mean of the per-article entity sentiment scores; absent when none was computed
 * @param sentiment        articles in which the entity's tone was positive, neutral, negative
 */
public record EntitySummary(String name, EntityType type, long mentions, long articles, Double averageSentiment,
        SentimentCounts sentiment) {

    public record SentimentCounts(long positive, long neutral, long negative) {
    }
}

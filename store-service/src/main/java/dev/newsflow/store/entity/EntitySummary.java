package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;

import java.util.List;

/**
 * An entity's weight in a time window.
 *
 * @param id               the stable entity id all articles' mentions are grouped by
 * @param name             the name the most recently stored article gave it
 * @param aliases          every other surface form seen for this id, in any article
 * @param averageSentiment mean of the per-article entity sentiment scores; absent when none was computed
 * @param sentiment        articles in which the entity's tone was positive, neutral, negative
 */
public record EntitySummary(String id, String name, EntityType type, List<String> aliases, long mentions,
        long articles, Double averageSentiment, SentimentCounts sentiment) {

    public record SentimentCounts(long positive, long neutral, long negative) {
    }
}

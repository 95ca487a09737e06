package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the store knows about one entity (one id), over all stored articles.
 *
 * @param name     the name the most recently stored article gave it
 * @param aliases  every other surface form seen for this id: other names articles gave it and their aliases
 * @param timeline one point per UTC day (published, else ingested) with at least one article
 */
public record EntityDetail(String id, String name, EntityType type, List<String> aliases, long articles,
        long mentions, Double averageSentiment, List<Day> timeline, List<CoOccurrence> coOccurring) {

    public record Day(LocalDate date, long articles, long mentions, Double averageSentiment) {
    }

    /** @param articles articles naming both entities, among the latest 500 naming the entity of the page */
    public record CoOccurrence(String id, String name, EntityType type, long articles) {
    }
}

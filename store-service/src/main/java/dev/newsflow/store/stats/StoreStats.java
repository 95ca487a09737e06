package dev.newsflow.store.stats;

import java.time.Instant;
import java.util.Map;

/**
 * Totals over all stored articles. {@code bySource} and {@code byLanguage} are ordered by count, largest first;
 * articles without a source count under {@code unknown}, without a language under {@code und}.
 * {@code bySentiment} always has all three labels.
 *
 * @param lastStoredAt when the store last wrote an article; absent when empty
 */
public record StoreStats(long articles, long entities, Instant lastStoredAt, Map<String, Long> bySource,
        Map<String, Long> byLanguage, Map<String, Long> bySentiment) {
}

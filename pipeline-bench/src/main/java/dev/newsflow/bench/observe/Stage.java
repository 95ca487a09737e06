package dev.newsflow.bench.observe;

/** The moments the generator records for every article, in pipeline order. */
public enum Stage {
    /** the generator handed the article over (file renamed into the inbox, or raw event acknowledged) */
    FED,
    /** {@code ingestedAt} of the raw event (ingest's clock) */
    INGESTED,
    /** the raw event became visible to a read_committed consumer */
    RAW_SEEN,
    /** {@code enrichedAt} of the enriched event (enrich's clock, before its transaction commits) */
    ENRICHED,
    /** the enriched event became visible, i.e. enrich's transaction committed */
    ENRICHED_SEEN,
    /** {@code GET /api/articles/{id}} first answered 200 */
    STORED
}

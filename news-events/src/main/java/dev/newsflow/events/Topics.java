package dev.newsflow.events;

/** Kafka topic names of the event contract. Records are keyed by article id. */
public final class Topics {

    public static final String RAW_ARTICLES = "news.articles.raw.v1";
    public static final String ENRICHED_ARTICLES = "news.articles.enriched.v1";

    /** Spring Kafka's default dead-letter suffix, so a stock {@code DeadLetterPublishingRecoverer} agrees. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}

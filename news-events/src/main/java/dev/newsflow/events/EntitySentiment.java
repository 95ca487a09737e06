package dev.newsflow.events;

/** Tone of the sentences that mention an entity; {@code score} in [-1, 1]. */
public record EntitySentiment(SentimentLabel label, double score) {
}

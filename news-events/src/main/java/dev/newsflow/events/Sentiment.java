package dev.newsflow.events;

import java.util.Objects;

/**
 * Document tone.
 *
 * @param score    compound score in [-1, 1]
 * @param positive share of positive sentiment in [0, 1]; the three shares add up to 1
 */
public record Sentiment(SentimentLabel label, double score, double positive, double negative, double neutral) {

    public Sentiment {
        Objects.requireNonNull(label, "label");
    }
}

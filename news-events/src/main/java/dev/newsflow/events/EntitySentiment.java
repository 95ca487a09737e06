package dev.newsflow.events;

import java.util.Objects;

/** Tone of the sentences that mention an entity; {@code score} in [-1, 1]. */
public record EntitySentiment(SentimentLabel label, double score) {

    public EntitySentiment {
        Objects.requireNonNull(label, "label");
    }
}

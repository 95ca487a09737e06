package dev.newsflow.enrich.nlp.sentiment;

import dev.newsflow.events.SentimentLabel;

/**
 * Fixed thresholds that turn a tone score in [-1, 1] into a label. They are wider than VADER's ±0.05 because a news
 * report's sentences average out near zero: only a clear lean makes an article positive or negative. With them about half
 * of a general news corpus (the 1,800 articles of the benchmark) is neutral, the share the annotation guidelines
 * expect of factual and mixed reporting.
 */
public final class ToneScale {

    /** Scores at or above this are positive; higher than the negative bar because words of agreement, support and
     * growth run through neutral reporting. */
    public static final double POSITIVE_AT = 0.15;
    /** Scores at or below this are negative. */
    public static final double NEGATIVE_AT = -0.10;

    private ToneScale() {
    }

    public static SentimentLabel label(double score) {
        if (score >= POSITIVE_AT) {
            return SentimentLabel.POSITIVE;
        }
        return score <= NEGATIVE_AT ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}

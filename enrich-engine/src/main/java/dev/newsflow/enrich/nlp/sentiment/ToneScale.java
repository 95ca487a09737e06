package dev.newsflow.enrich.nlp.sentiment;

import dev.newsflow.events.SentimentLabel;

/**
 * Fixed thresholds that turn a tone score in [-1, 1] into a label: two global parameters fitted on the 100 annotated
 * dev and dev2 articles (macro-F1 plus accuracy, grid of 0.01; the chosen pair sits inside the plateau of equally good
 * pairs, positive 0.04-0.11 and negative -0.14 to -0.21, rather than on its edge). The negative bar is further from zero
 * than the positive one because news words lean negative: reports of agreements and growth still carry words of
 * conflict and loss, so a neutral report scores slightly below zero.
 */
public final class ToneScale {

    /** Scores at or above this are positive. */
    public static final double POSITIVE_AT = 0.05;
    /** Scores at or below this are negative. */
    public static final double NEGATIVE_AT = -0.16;

    private ToneScale() {
    }

    public static SentimentLabel label(double score) {
        if (score >= POSITIVE_AT) {
            return SentimentLabel.POSITIVE;
        }
        return score <= NEGATIVE_AT ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}

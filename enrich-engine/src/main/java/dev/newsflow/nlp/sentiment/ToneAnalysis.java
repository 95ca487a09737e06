package dev.newsflow.nlp.sentiment;

import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.Sentiment;

/**
 * Document tone plus the compound score of every sentence, so an entity can be given the tone of the sentences that
 * mention it.
 *
 * @param sentenceScores one score in (-1, 1) per sentence, in the order of the sentences analysed
 */
public record ToneAnalysis(Sentiment document, double[] sentenceScores) {

    /**
     * Mean score of the given sentences, labelled on the entity scale ({@link ToneScale#ENTITY}); indexes out of range
     * are ignored.
     */
    public EntitySentiment toneOf(int... sentenceIndexes) {
        double sum = 0;
        int count = 0;
        for (int index : sentenceIndexes) {
            if (index >= 0 && index < sentenceScores.length) {
                sum += sentenceScores[index];
                count++;
            }
        }
        double score = count == 0 ? 0 : sum / count;
        return new EntitySentiment(ToneScale.ENTITY.label(score), score);
    }
}

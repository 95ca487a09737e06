package dev.newsflow.nlp.tagger;

/** The tokens of one sentence as the tagger sees them; features are asked for only for tokens it scores. */
public interface TokenFeatures {

    int size();

    /** Whether token {@code i} may open an entity (a capitalised word). */
    boolean canStart(int i);

    /** Whether token {@code i}, which cannot open an entity, may go on with the one before it. */
    default boolean mayContinue(int i) {
        return true;
    }

    /** Writes token {@code i}'s feature buckets to {@code out}, its lower-case word first; returns their count. */
    int features(int i, int[] out);
}

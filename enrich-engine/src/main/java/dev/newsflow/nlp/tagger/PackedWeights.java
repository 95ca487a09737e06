package dev.newsflow.nlp.tagger;

/**
 * The tagger's weight table without its all-zero buckets, for scoring. The shipped model has 262,144 buckets of
 * which 13 % hold a weight; the full table is 7.3 MB, more than the caches keep, so nearly every feature of a
 * scored token was a cache miss, a tenth of the engine's time. Here one bit per bucket (32 KB) says whether it holds a
 * weight, the count of such buckets before each 64 gives its row, and the rows are 1 MB: a feature on an empty
 * bucket (most features of rare words) costs no miss at all.
 *
 * <p>An empty bucket adds the zeros of row 0, kept for it: a score starts at +0.0 and {@code x + 0.0} is {@code x} for
 * every x but -0.0, which a sum starting at +0.0 never becomes, so that is exactly what adding its zeros did. The row
 * is picked by arithmetic rather than by a test of the bucket's bit: which of a token's features hold a weight is a
 * coin toss to the branch predictor, and each wrong guess threw away the row loads already under way.
 * Immutable.
 */
final class PackedWeights {

    /** {@link Tags#COUNT}, a constant, so the compiler unrolls the loop over a bucket's weights. */
    private static final int LABELS = Tags.COUNT;

    private final int buckets;
    /** Bit {@code b % 64} of long {@code b / 64}: bucket b holds a non-zero weight. */
    private final long[] held;
    /** Per long of {@link #held}: the number of held buckets before it, plus one for the zero row. */
    private final int[] heldBefore;
    /** A row of zeros, then the held buckets' weights, {@link #LABELS} per bucket, in bucket order. */
    private final float[] rows;

    /** The table of {@code weights}, {@link Tags#COUNT} per bucket, bucket-major. */
    PackedWeights(float[] weights) {
        this.buckets = weights.length / LABELS;
        held = new long[(buckets + 63) / 64];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            if (!isEmpty(weights, b * LABELS, LABELS)) {
                held[b >>> 6] |= 1L << b;
                count++;
            }
        }
        heldBefore = new int[held.length];
        rows = new float[(1 + count) * LABELS];
        int row = 1;
        for (int w = 0; w < held.length; w++) {
            heldBefore[w] = row;
            for (long bits = held[w]; bits != 0; bits &= bits - 1) {
                int b = w * 64 + Long.numberOfTrailingZeros(bits);
                System.arraycopy(weights, b * LABELS, rows, row++ * LABELS, LABELS);
            }
        }
    }

    /** Adds bucket {@code bucket}'s weights to {@code out}, one per label. */
    void add(int bucket, float[] out) {
        long bits = held[bucket >>> 6];
        long bit = 1L << bucket; // the shifts count mod 64
        int isHeld = (int) (bits >>> bucket) & 1;
        int base = isHeld * (heldBefore[bucket >>> 6] + Long.bitCount(bits & (bit - 1))) * LABELS;
        for (int l = 0; l < LABELS; l++) {
            out[l] += rows[base + l];
        }
    }

    /** The full table, bucket-major, as the model file stores it. */
    float[] unpack() {
        float[] weights = new float[buckets * LABELS];
        int row = 1;
        for (int w = 0; w < held.length; w++) {
            for (long bits = held[w]; bits != 0; bits &= bits - 1) {
                int b = w * 64 + Long.numberOfTrailingZeros(bits);
                System.arraycopy(rows, row++ * LABELS, weights, b * LABELS, LABELS);
            }
        }
        return weights;
    }

    /** All +0.0 (a -0.0 is kept, so that {@link #unpack} gives back the very bits it was given). */
    private static boolean isEmpty(float[] weights, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Float.floatToRawIntBits(weights[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}

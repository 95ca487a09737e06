package dev.newsflow.nlp.tagger;

/**
 * The tagger's weight table without its all-zero buckets, for scoring. The shipped model has 262,144 buckets of
 * which 13 % hold a weight; the full table is 7.3 MB, more than the caches keep, so nearly every feature of a
 * scored token was a cache miss, a tenth of the engine's time. Here one bit per bucket (32 KB) says whether it holds a
 * weight, the count of such buckets before each 64 (kept beside those bits) gives its row, and the rows are 1 MB: a feature on an empty
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

    static {
        if (LABELS != 7) {
            throw new IllegalStateException("score() sums seven labels, the tagger has " + LABELS);
        }
    }

    private final int buckets;
    /**
     * Per 64 buckets, two longs: bit {@code b % 64} of the first says bucket b holds a non-zero weight, the second is
     * the number of held buckets before those 64, plus one for the zero row.
     */
    private final long[] index;
    /** A row of zeros, then the held buckets' weights, {@link #LABELS} per bucket, in bucket order. */
    private final float[] rows;

    /** The table of {@code weights}, {@link Tags#COUNT} per bucket, bucket-major. */
    PackedWeights(float[] weights) {
        this.buckets = weights.length / LABELS;
        int words = (buckets + 63) / 64;
        index = new long[2 * words];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            if (!isEmpty(weights, b * LABELS, LABELS)) {
                index[2 * (b >>> 6)] |= 1L << b;
                count++;
            }
        }
        rows = new float[(1 + count) * LABELS];
        int row = 1;
        for (int w = 0; w < words; w++) {
            index[2 * w + 1] = row;
            for (long bits = index[2 * w]; bits != 0; bits &= bits - 1) {
                int b = w * 64 + Long.numberOfTrailingZeros(bits);
                System.arraycopy(weights, b * LABELS, rows, row++ * LABELS, LABELS);
            }
        }
    }

    /** Adds bucket {@code bucket}'s weights to {@code out}, one per label. */
    void add(int bucket, float[] out) {
        int base = row(bucket);
        for (int l = 0; l < LABELS; l++) {
            out[l] += rows[base + l];
        }
    }

    /**
     * Sets {@code out} to the sums of the weights of buckets {@code features[0, count)}, label by label, each sum
     * starting at +0.0 and adding in feature order: exactly what {@link #add} over the features gives. The sums are
     * kept in locals rather than in {@code out}: there each feature's add had to wait for the previous one's store to
     * {@code out} to come back, a chain as long as the token's features, while the rows' loads are independent.
     * {@code bases}, of at least {@code count}, is scratch space: the rows are found first, in a loop of their own, so
     * the loads of the rows in the summing loop (which wait on memory: the rows are larger than the caches) are not
     * queued behind the index reads and bit counts of the features before.
     */
    void score(int[] features, int count, int[] bases, float[] out) {
        for (int k = 0; k < count; k++) {
            bases[k] = row(features[k]);
        }
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float[] r = rows;
        for (int k = 0; k < count; k++) {
            int base = bases[k];
            s0 += r[base];
            s1 += r[base + 1];
            s2 += r[base + 2];
            s3 += r[base + 3];
            s4 += r[base + 4];
            s5 += r[base + 5];
            s6 += r[base + 6];
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
        out[4] = s4;
        out[5] = s5;
        out[6] = s6;
    }

    /**
     * Where bucket {@code bucket}'s row starts in {@link #rows}. The row is picked by arithmetic rather than by a test
     * of the bucket's bit (see the class comment); a bucket's bits and the count before them share one cache line.
     */
    private int row(int bucket) {
        int at = 2 * (bucket >>> 6);
        long bits = index[at];
        long bit = 1L << bucket; // the shifts count mod 64
        int isHeld = (int) (bits >>> bucket) & 1;
        return isHeld * ((int) index[at + 1] + Long.bitCount(bits & (bit - 1))) * LABELS;
    }

    /** The full table, bucket-major, as the model file stores it. */
    float[] unpack() {
        float[] weights = new float[buckets * LABELS];
        int row = 1;
        for (int w = 0; w < index.length / 2; w++) {
            for (long bits = index[2 * w]; bits != 0; bits &= bits - 1) {
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

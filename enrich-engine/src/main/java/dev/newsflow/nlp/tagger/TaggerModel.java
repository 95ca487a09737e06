package dev.newsflow.nlp.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear BIO tagger over hashed features, decoded greedily left to right: each token gets the best label the
 * previous one allows (I-X only after B-X or I-X; an entity opens only on a capitalised word). A word that cannot open
 * an entity and follows O is O without being scored, which is most words of a news text. Immutable, thread-safe.
 *
 * <p>File format (gzip): magic {@code NFTG}, format version, bucket count, label count, then the weights as
 * big-endian floats, bucket-major.
 */
public final class TaggerModel {

    private static final int MAGIC = 0x4E465447; // "NFTG"
    private static final int FORMAT = 1;
    private static final int T_PREV = 1001;
    private static final int T_PREV2 = 1002;
    private static final int T_PREV_WORD = 1003;
    /** The templates' start hashes, the same for every token, so worked out once. */
    private static final int PREV = FeatureHash.start(T_PREV);
    private static final int PREV2 = FeatureHash.start(T_PREV2);
    private static final int PREV_WORD = FeatureHash.start(T_PREV_WORD);
    /** Dynamic features (from the labels already given) added to each token's own. */
    static final int DYNAMIC = 3;

    private final int mask;
    private final PackedWeights weights;

    TaggerModel(int buckets, float[] weights) {
        if (Integer.bitCount(buckets) != 1 || weights.length != buckets * Tags.COUNT) {
            throw new IllegalArgumentException("bucket count must be a power of two matching the weights");
        }
        this.mask = buckets - 1;
        this.weights = new PackedWeights(weights);
    }

    public int mask() {
        return mask;
    }

    /** One label per token of {@code sentence}, decoded left to right (each token sees the labels before it). */
    public int[] tag(TokenFeatures sentence) {
        int n = sentence.size();
        int[] labels = new int[n];
        float[] scores = new float[Tags.COUNT];
        int[] dynamic = new int[DYNAMIC];
        int[] features = new int[MAX_FEATURES + DYNAMIC]; // the token's own, then the dynamic ones
        int[] rows = new int[features.length];
        for (int i = 0; i < n; i++) {
            int prev = i > 0 ? labels[i - 1] : Tags.O;
            boolean canStart = sentence.canStart(i);
            if (!canStart && (prev == Tags.O || !sentence.mayContinue(i))) {
                continue;
            }
            int count = sentence.features(i, features);
            dynamicFeatures(features[0], prev, i > 1 ? labels[i - 2] : Tags.O, mask, dynamic);
            System.arraycopy(dynamic, 0, features, count, DYNAMIC);
            // the order of scores(float[], ...): the sums are the same
            weights.score(features, count + DYNAMIC, rows, scores);
            labels[i] = best(scores, prev, canStart);
        }
        return labels;
    }

    /** The most features one token may have. */
    public static final int MAX_FEATURES = 80;

    static void dynamicFeatures(int word, int prev, int prev2, int mask, int[] out) {
        out[0] = FeatureHash.bucket(FeatureHash.add(PREV, prev), mask);
        out[1] = FeatureHash.bucket(FeatureHash.add(FeatureHash.add(PREV2, prev2), prev), mask);
        out[2] = FeatureHash.bucket(FeatureHash.add(FeatureHash.add(PREV_WORD, word), prev), mask);
    }

    static void scores(float[] weights, int[] features, int count, int[] dynamic, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int k = 0; k < count; k++) {
            add(weights, features[k], out);
        }
        for (int f : dynamic) {
            add(weights, f, out);
        }
    }

    private static void add(float[] weights, int bucket, float[] out) {
        int base = bucket * Tags.COUNT;
        for (int l = 0; l < Tags.COUNT; l++) {
            out[l] += weights[base + l];
        }
    }

    /** The best label allowed after {@code prev}; ties go to the lower label, so O wins a tie. */
    static int best(float[] scores, int prev, boolean canStart) {
        int best = Tags.O;
        for (int l = 1; l < Tags.COUNT; l++) {
            if (allowed(l, prev, canStart) && scores[l] > scores[best]) {
                best = l;
            }
        }
        return best;
    }

    static boolean allowed(int label, int prev, boolean canStart) {
        if (Tags.begins(label)) {
            return canStart;
        }
        return !Tags.continues(label) || (prev != Tags.O && Tags.typeIndex(prev) == Tags.typeIndex(label));
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(mask + 1);
        out.writeInt(Tags.COUNT);
        for (float w : weights.unpack()) {
            out.writeFloat(w);
        }
        out.flush();
        zip.finish();
    }

    public static TaggerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a newsflow tagger model (format " + FORMAT + ")");
        }
        int buckets = in.readInt();
        int labels = in.readInt();
        if (labels != Tags.COUNT || buckets <= 0 || buckets > 1 << 24) {
            throw new IOException("tagger model has " + labels + " labels and " + buckets + " buckets");
        }
        float[] weights = new float[buckets * labels];
        // through a small buffer: the whole table as bytes was 7 MB more to allocate (and collect) at every start
        byte[] raw = new byte[1 << 16];
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(raw).asFloatBuffer();
        for (int at = 0; at < weights.length; ) {
            int count = Math.min(floats.capacity(), weights.length - at);
            if (in.readNBytes(raw, 0, count * 4) != count * 4) {
                throw new IOException("tagger model is truncated");
            }
            floats.clear().get(weights, at, count);
            at += count;
        }
        return new TaggerModel(buckets, weights);
    }

    /** The model shipped in the engine's resources. */
    public static TaggerModel load() {
        return ShippedResource.read(RESOURCE, TaggerModel::read);
    }

    public static final String RESOURCE = "/dev/newsflow/nlp/tagger/entity-tagger.bin.gz";
}

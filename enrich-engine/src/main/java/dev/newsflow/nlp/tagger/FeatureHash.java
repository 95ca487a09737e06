package dev.newsflow.nlp.tagger;

/**
 * Feature hashing: a feature is a template number and a string or number, folded into a bucket of the weight table
 * without building a string. The hash is fixed (FNV-1a with a final mix), so a model trained on one machine reads the
 * same on another.
 */
public final class FeatureHash {

    private static final int FNV_PRIME = 0x01000193;

    private FeatureHash() {
    }

    public static int start(int template) {
        return mix(0x811C9DC5 ^ (template * 0x9E3779B1));
    }

    /** Adds {@code s.subSequence(from, to)}; lower-cases it on the way when {@code lower}. */
    public static int add(int h, CharSequence s, int from, int to, boolean lower) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = (h ^ (lower ? lower(c) : c)) * FNV_PRIME;
        }
        return h;
    }

    /** {@link Character#toLowerCase(char)}, without its table look-up for ASCII, most characters of English text. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    public static int add(int h, int value) {
        return (h ^ value) * FNV_PRIME;
    }

    public static int bucket(int h, int mask) {
        return mix(h) & mask;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}

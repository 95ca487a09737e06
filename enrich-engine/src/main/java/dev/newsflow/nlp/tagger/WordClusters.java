package dev.newsflow.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Brown word clusters (nlp4j-english, about 590,000 lower-case words from a large English corpus): words used alike
 * share a path in a binary tree ("citicorp", "opel" and "bbc" share one; "london" and "paris" another), so the
 * tagger can generalise from the few names of its small training set to the many it never saw. Looked up by the
 * hash of the lower-case word ({@link #key}), the same the tagger's word features start from, in an open-addressing
 * table of ints: no string per look-up and 8 MB instead of the ~60 MB a map of strings would hold. Two words whose
 * 32-bit hashes collide (a few dozen pairs in 590,000) share a path; a word not listed has none. Immutable.
 *
 * <p>A path is kept as an int with a leading 1 bit ({@code 1 << length | bits}), so its prefixes are shifts and a
 * short path never equals a longer one's prefix.
 */
public final class WordClusters {

    public static final String RESOURCE = "/dev/newsflow/nlp/tagger/word-clusters.tsv.gz";
    private static final WordClusters NONE = new WordClusters(new int[4]);

    /** Slot s holds a key at 2s and its path at 2s + 1: one cache line per look-up. */
    private final int[] table;
    private final int mask;

    private WordClusters(int[] table) {
        this.table = table;
        this.mask = table.length / 2 - 1;
    }

    /** No clusters: every word's path is 0. */
    public static WordClusters none() {
        return NONE;
    }

    /** The hash a word is looked up by: FNV-1a over its lower-cased characters, as the tagger's word features. */
    public static int key(CharSequence word, int from, int to) {
        int h = FeatureHash.add(FeatureHash.start(0), word, from, to, true);
        return h == 0 ? 1 : h;
    }

    /** The path of the word whose {@link #key} is {@code key}, or 0 when it has none. */
    public int path(int key) {
        int k = key == 0 ? 1 : key;
        for (int slot = FeatureHash.bucket(k, mask); ; slot = (slot + 1) & mask) {
            int at = table[2 * slot];
            if (at == k) {
                return table[2 * slot + 1];
            }
            if (at == 0) {
                return 0;
            }
        }
    }

    /** The first {@code length} steps of {@code path} (the whole path when shorter); 0 stays 0. */
    public static int prefix(int path, int length) {
        int have = 31 - Integer.numberOfLeadingZeros(path);
        return path == 0 || have <= length ? path : path >>> (have - length);
    }

    /** The shipped clusters. */
    public static WordClusters load() {
        return ShippedResource.read(RESOURCE, WordClusters::read);
    }

    /** Reads "word TAB bits" lines (gzip); the text is decoded once and scanned, no string per line. */
    static WordClusters read(InputStream source) throws IOException {
        String text = new String(new GZIPInputStream(source, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        int size = Integer.highestOneBit(Math.max(2, lines * 5 / 3)) << 1; // load factor at most 0.6
        int[] table = new int[2 * size];
        int mask = size - 1;
        int start = 0;
        while (start < text.length()) {
            int tab = text.indexOf('\t', start);
            int end = text.indexOf('\n', start);
            if (tab < 0 || end < 0 || tab > end || end - tab > 31) {
                throw new IOException("word clusters: bad line at character " + start);
            }
            int path = 1;
            for (int i = tab + 1; i < end; i++) {
                path = path << 1 | (text.charAt(i) == '1' ? 1 : 0);
            }
            int k = key(text, start, tab);
            int slot = FeatureHash.bucket(k, mask);
            while (table[2 * slot] != 0 && table[2 * slot] != k) {
                slot = (slot + 1) & mask;
            }
            if (table[2 * slot] == 0) { // of two words with one hash the first (alphabetically) keeps its path
                table[2 * slot] = k;
                table[2 * slot + 1] = path;
            }
            start = end + 1;
        }
        return new WordClusters(table);
    }
}

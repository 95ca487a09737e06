package dev.newsflow.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

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
    /** {@link #RESOURCE}'s table as {@code ShippedForms} computes it ({@link #writeTable}). */
    public static final String TABLE = "/dev/newsflow/nlp/tagger/word-clusters.bin.gz";
    private static final WordClusters NONE = new WordClusters(new int[4]);
    /** {@link #key}'s hash before the first character. */
    private static final int ASCII_START = FeatureHash.start(0);

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

    /**
     * The shipped clusters, from the table the build computed ({@link #TABLE}): parsing the 12 MB of text (hashing
     * 590,000 words) was, after the name lists, the longest part of the engine's start.
     */
    public static WordClusters load() {
        return ShippedResource.read(TABLE, WordClusters::readTable);
    }

    /** The shipped clusters read from their text ({@link #RESOURCE}), from which {@link #TABLE} is computed. */
    public static WordClusters fromText() {
        return ShippedResource.read(RESOURCE, WordClusters::read);
    }

    /** Writes the table as {@link #readTable} reads it ({@link ClusterTable}): the same clusters give the same bytes. */
    public void writeTable(OutputStream out) throws IOException {
        ClusterTable.write(table, out);
    }

    static WordClusters readTable(InputStream in) throws IOException {
        return new WordClusters(ClusterTable.read(in));
    }

    /**
     * Reads "word TAB bits" lines (gzip). The file is inflated into one array of its exact size and scanned as bytes:
     * decoding the 12 MB into one string (and the copies of a growing buffer) allocated ~60 MB at every start, a
     * young collection in a one-article run. A word is decoded only when it is not ASCII (a few percent).
     */
    static WordClusters read(InputStream source) throws IOException {
        byte[] text = ShippedResource.gunzip(source);
        int lines = 0;
        for (byte b : text) {
            if (b == '\n') {
                lines++;
            }
        }
        int size = Integer.highestOneBit(Math.max(2, lines * 5 / 3)) << 1; // load factor at most 0.6
        int[] table = new int[2 * size];
        int mask = size - 1;
        int start = 0;
        while (start < text.length) {
            // the word's key as it is scanned: its bytes are read once, not by a search for the tab, a check that
            // they are ASCII and the hashing (a third of a one-article run's time in this thread went there)
            int h = ASCII_START;
            int tab = start;
            while (tab < text.length && text[tab] != '\t' && text[tab] != '\n' && text[tab] >= 0) {
                h = FeatureHash.add(h, lowerAscii(text[tab++]));
            }
            if (tab < text.length && text[tab] < 0) { // not ASCII (a few percent): decoded, hashed as a string
                while (tab < text.length && text[tab] != '\t' && text[tab] != '\n') {
                    tab++;
                }
                h = tab < text.length ? utf8Key(text, start, tab) : 0;
            }
            if (tab == text.length || text[tab] != '\t') {
                throw new IOException("word clusters: bad line at byte " + start);
            }
            int end = tab + 1;
            int path = 1;
            while (end < text.length && text[end] != '\n') {
                path = path << 1 | (text[end] == '1' ? 1 : 0);
                end++;
            }
            if (end == text.length || end - tab > 31) {
                throw new IOException("word clusters: bad line at byte " + start);
            }
            int k = h == 0 ? 1 : h;
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

    private static int utf8Key(byte[] text, int from, int to) {
        String word = new String(text, from, to - from, StandardCharsets.UTF_8);
        return key(word, 0, word.length());
    }

    /** {@link Character#toLowerCase(char)} of an ASCII byte. */
    private static int lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}

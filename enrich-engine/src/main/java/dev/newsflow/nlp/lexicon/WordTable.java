package dev.newsflow.nlp.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * Numbers words case-insensitively: {@code "Crisis"}, {@code "CRISIS"} and {@code "crisis"} get the same id, and a
 * typographic apostrophe counts as a straight one. Lookups read the characters of a token where they are, so the engine
 * does not make a lower-case copy of every word it scores (that copy was most of the sentiment scorer's allocation).
 * Hand-written open addressing because no JDK map can be queried by a folded view of a string.
 *
 * <p>A table made by {@link #of} is read-only and may be shared between threads; one made with the constructor is
 * for one thread.
 */
public final class WordTable {

    private static final int NO_WORD = -1;
    /**
     * Home slots are the top bits of the hash times the golden ratio: similar words ("rate", "rated", "rates") have
     * near hashes, which would cluster under linear probing if the low bits were used directly.
     */
    private static final int GOLDEN = 0x9E3779B9;

    private String[] words;
    private int[] hashes;
    /**
     * One bit per possible hash bucket, set for the words present: most words looked up are not in the table, and
     * this small bit set (an eighth of the slots' size) answers for them without a probe.
     */
    private long[] present;
    private int[] slots;
    private int size;
    /** 32 minus log2 of the number of slots. */
    private int shift;
    private boolean readOnly;

    public WordTable(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.max(8, expectedWords * 2 - 1)) << 1;
        words = new String[capacity / 2];
        hashes = new int[capacity / 2];
        present = new long[capacity / 16];
        slots = new int[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** A read-only table of these words. */
    public static WordTable of(Collection<String> words) {
        WordTable table = new WordTable(words.size());
        words.forEach(table::add);
        table.readOnly = true;
        return table;
    }

    /** The folded form of {@code c}: lower case, with U+2019 (’) as an apostrophe. */
    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    /** Number of distinct words. */
    public int size() {
        return size;
    }

    /** The folded word with this id. */
    public String word(int id) {
        return words[id];
    }

    /** The folded word's hash: {@link String#hashCode()} of its folded form. */
    public static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h;
    }

    /** The id of the word {@code text[from, to)}, or -1 when it is not in the table. */
    public int find(String text, int from, int to) {
        return find(text, from, to, hash(text, from, to));
    }

    /** The id of {@code word}, or -1 when it is not in the table. */
    public int find(String word) {
        return find(word, 0, word.length());
    }

    /** As {@link #find(String, int, int)}, with the word's {@link #hash} already known. */
    public int find(String text, int from, int to, int hash) {
        int bit = hash & (present.length * 64 - 1);
        if ((present[bit >>> 6] & (1L << bit)) == 0) {
            return NO_WORD;
        }
        int mask = slots.length - 1;
        for (int slot = (hash * GOLDEN) >>> shift; slots[slot] != 0; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && matches(words[id], text, from, to)) {
                return id;
            }
        }
        return NO_WORD;
    }

    /** The id of {@code word}, added (folded) when new. */
    public int add(String word) {
        return add(word, hash(word, 0, word.length()));
    }

    /** As {@link #add(String)}, with the word's {@link #hash} already known. */
    public int add(String word, int hash) {
        if (readOnly) {
            throw new UnsupportedOperationException("read-only word table");
        }
        int found = find(word, 0, word.length(), hash);
        if (found != NO_WORD) {
            return found;
        }
        if (size == words.length) {
            grow();
        }
        int mask = slots.length - 1;
        int slot = (hash * GOLDEN) >>> shift;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        words[size] = folded(word);
        hashes[size] = hash;
        markPresent(hash);
        slots[slot] = ++size;
        return size - 1;
    }

    private void grow() {
        words = Arrays.copyOf(words, words.length * 2);
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
        slots = new int[slots.length * 2];
        present = new long[present.length * 2];
        shift--;
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = (hashes[id] * GOLDEN) >>> shift;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
            markPresent(hashes[id]);
        }
    }

    private void markPresent(int hash) {
        int bit = hash & (present.length * 64 - 1);
        present[bit >>> 6] |= 1L << bit;
    }

    private static boolean matches(String word, String text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != fold(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static String folded(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (fold(word.charAt(i)) != word.charAt(i)) {
                char[] chars = new char[word.length()];
                for (int j = 0; j < chars.length; j++) {
                    chars[j] = fold(word.charAt(j));
                }
                return new String(chars);
            }
        }
        return word;
    }
}

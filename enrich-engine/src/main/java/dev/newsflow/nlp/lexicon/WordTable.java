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
    /**
     * One bit per possible hash bucket, set for the words present: most words looked up are not in the table, and
     * this small bit set (an eighth of the slots' size) answers for them without a probe.
     */
    private long[] present;
    /**
     * Per slot four ints: the word's hash, its id + 1 (0: empty), where its folded characters start in {@link #pool}
     * and its length. A probe reads the slot and then the characters, two cache lines; reading the hash and the word
     * from per-id arrays and a String cost four or five (the table is larger than the caches, so each was a miss).
     */
    private int[] slots;
    /** The folded characters of all words, one after the other. */
    private char[] pool;
    private int poolSize;
    private int size;
    /** 32 minus log2 of the number of slots. */
    private int shift;
    private boolean readOnly;

    public WordTable(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.max(8, expectedWords * 2 - 1)) << 1;
        words = new String[capacity / 2];
        present = new long[capacity / 16];
        slots = new int[4 * capacity];
        pool = new char[2 * capacity];
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
        int mask = slots.length / 4 - 1;
        for (int slot = (hash * GOLDEN) >>> shift; ; slot = (slot + 1) & mask) {
            int at = 4 * slot;
            int id = slots[at + 1];
            if (id == 0) {
                return NO_WORD;
            }
            if (slots[at] == hash && slots[at + 3] == to - from && matches(slots[at + 2], text, from, to)) {
                return id - 1;
            }
        }
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
        String folded = folded(word);
        if (poolSize + folded.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + folded.length()));
        }
        folded.getChars(0, folded.length(), pool, poolSize);
        words[size] = folded;
        markPresent(hash);
        put(hash, ++size, poolSize, folded.length());
        poolSize += folded.length();
        return size - 1;
    }

    private void put(int hash, int idPlusOne, int offset, int length) {
        int mask = slots.length / 4 - 1;
        int slot = (hash * GOLDEN) >>> shift;
        while (slots[4 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[4 * slot] = hash;
        slots[4 * slot + 1] = idPlusOne;
        slots[4 * slot + 2] = offset;
        slots[4 * slot + 3] = length;
    }

    private void grow() {
        words = Arrays.copyOf(words, words.length * 2);
        int[] old = slots;
        slots = new int[slots.length * 2];
        present = new long[present.length * 2];
        shift--;
        for (int at = 0; at < old.length; at += 4) {
            if (old[at + 1] != 0) {
                put(old[at], old[at + 1], old[at + 2], old[at + 3]);
                markPresent(old[at]);
            }
        }
    }

    private void markPresent(int hash) {
        int bit = hash & (present.length * 64 - 1);
        present[bit >>> 6] |= 1L << bit;
    }

    /** Whether the pooled word at {@code offset}, as long as {@code text[from, to)}, is that text folded. */
    private boolean matches(int offset, String text, int from, int to) {
        char[] chars = pool;
        for (int i = from; i < to; i++) {
            if (chars[offset++] != fold(text.charAt(i))) {
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

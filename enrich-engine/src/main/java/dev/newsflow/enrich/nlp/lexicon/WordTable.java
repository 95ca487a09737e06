package dev.newsflow.enrich.nlp.lexicon;

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

    private String[] words;
    private int[] slots;
    private int size;
    private boolean readOnly;

    public WordTable(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.max(8, expectedWords * 2 - 1)) << 1;
        words = new String[capacity / 2];
        slots = new int[capacity];
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

    /** The id of the word {@code text[from, to)}, or -1 when it is not in the table. */
    public int find(CharSequence text, int from, int to) {
        int hash = hash(text, from, to);
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (matches(words[id], text, from, to)) {
                return id;
            }
        }
        return NO_WORD;
    }

    /** The id of {@code word}, or -1 when it is not in the table. */
    public int find(CharSequence word) {
        return find(word, 0, word.length());
    }

    /** The id of the word {@code text[from, to)}, added (folded) when new. */
    public int add(CharSequence text, int from, int to) {
        if (readOnly) {
            throw new UnsupportedOperationException("read-only word table");
        }
        int hash = hash(text, from, to);
        int slot = hash & (slots.length - 1);
        for (; slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (matches(words[id], text, from, to)) {
                return id;
            }
        }
        if (size == words.length) {
            grow();
            return add(text, from, to);
        }
        words[size] = folded(text, from, to);
        slots[slot] = ++size;
        return size - 1;
    }

    /** The id of {@code word}, added (folded) when new. */
    public int add(CharSequence word) {
        return add(word, 0, word.length());
    }

    private void grow() {
        words = Arrays.copyOf(words, words.length * 2);
        slots = new int[slots.length * 2];
        for (int id = 0; id < size; id++) {
            String word = words[id];
            int slot = hash(word, 0, word.length()) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = id + 1;
        }
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean matches(String word, CharSequence text, int from, int to) {
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

    private static String folded(CharSequence text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(text.charAt(from + i));
        }
        return new String(chars);
    }
}

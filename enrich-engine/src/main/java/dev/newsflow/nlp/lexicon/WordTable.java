package dev.newsflow.nlp.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * Numbers words case-insensitively: {@code "Crisis"}, {@code "CRISIS"} and {@code "crisis"} get the same id, and a
 * typographic apostrophe counts as a straight one. Lookups read the characters of a token where they are, so the engine
 * does not make a lower-case copy of every word it scores (that copy was most of the sentiment scorer's allocation).
 * The words are in a {@link WordSlots}, looked up folded.
 *
 * <p>A table made by {@link #of} is read-only and may be shared between threads; one made with the constructor is
 * for one thread.
 */
public final class WordTable {

    private static final int NO_WORD = WordSlots.ABSENT;

    private String[] words;
    /**
     * One bit per possible hash bucket, set for the words present: most words looked up are not in the table, and
     * this small bit set (an eighth of the slots' size) answers for them without a probe.
     */
    private long[] present;
    /** Each word's folded characters and its id. */
    private final WordSlots slots;
    private int size;
    private boolean readOnly;

    public WordTable(int expectedWords) {
        slots = new WordSlots(expectedWords);
        words = new String[slots.capacity() / 2];
        present = new long[slots.capacity() / 16];
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
        return slots.folded(text, from, to, hash);
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
        String folded = folded(word);
        if (size == words.length) {
            words = Arrays.copyOf(words, 2 * size);
        }
        words[size] = folded;
        slots.add(folded, hash, size);
        if (present.length != slots.capacity() / 16) { // the slots grew: as many more buckets
            present = new long[slots.capacity() / 16];
            for (int slot = 0; slot < slots.capacity(); slot++) {
                if (slots.holds(slot)) {
                    markPresent(slots.hashAt(slot));
                }
            }
        } else {
            markPresent(hash);
        }
        return size++;
    }

    private void markPresent(int hash) {
        int bit = hash & (present.length * 64 - 1);
        present[bit >>> 6] |= 1L << bit;
    }

    /** {@code word} folded as the table folds its words ({@link #fold}); the word itself when nothing changes. */
    public static String folded(String word) {
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

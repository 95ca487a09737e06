package dev.newsflow.nlp.lexicon;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Words with a non-negative int each, by open addressing: the one store under {@link WordTable} (case-folded
 * look-ups) and the entity lists' flag table (exact look-ups), which differ only in how a character compares. A slot is
 * four ints: the word's hash, its value, where its characters are in one shared array + 1 (0: empty) with its length
 * in the low byte, and a second value ({@link #extraAt}, 0 unless set), so a word that is not here costs one cache
 * line and a word that is two, and a reader with two things to know about a word gets both from one probe; a map's bucket, node, key string and key
 * bytes were four misses, the tables being larger than the caches. Hand-written because no JDK map can be queried by
 * a folded view of a string. Load factor at most 1/2, growing as words come. For one thread while words are added;
 * after that it may be shared.
 */
public final class WordSlots {

    /** What a look-up answers for a word not here. */
    public static final int ABSENT = -1;
    /** Home slots are the top bits of hash × golden ratio: near hashes ("rate", "rates") must not cluster. */
    private static final int GOLDEN = 0x9E3779B9;

    private int[] slots;
    private char[] chars;
    private int used;
    private int size;
    /** 32 minus log2 of the number of slots. */
    private int shift;

    /** Room for {@code expected} words before the first growth. */
    public WordSlots(int expected) {
        this(capacity(expected), 2 * capacity(expected));
    }

    private WordSlots(int capacity, int characters) {
        slots = new int[4 * capacity];
        chars = new char[characters];
        shift = shift(capacity);
    }

    /** The slots (a power of two) that hold {@code entries} words at a load factor of at most 1/2. */
    public static int capacity(int entries) {
        return Integer.highestOneBit(Math.max(8, entries * 2 - 1)) << 1;
    }

    /** The {@link #home} shift for {@code capacity} slots. */
    public static int shift(int capacity) {
        return Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** The slot where the probe for {@code hash} starts. */
    public static int home(int hash, int shift) {
        return (hash * GOLDEN) >>> shift;
    }

    /** Number of slots. */
    public int capacity() {
        return slots.length / 4;
    }

    /** Whether slot {@code slot} holds a word. */
    public boolean holds(int slot) {
        return slots[4 * slot + 2] != 0;
    }

    /** The hash of the word in slot {@code slot}. */
    public int hashAt(int slot) {
        return slots[4 * slot];
    }

    /** Longest word a table holds: its length shares an int with where its characters are. */
    public static final int MAX_LENGTH = 255;

    /** Adds {@code word}, not here yet and as look-ups compare it, with its {@code hash}; grows when half full. */
    public void add(String word, int hash, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value for " + word);
        }
        if (word.length() > MAX_LENGTH || used + word.length() >= 1 << 23) {
            throw new IllegalArgumentException("word too long or table full: " + word);
        }
        if (2 * size == capacity()) {
            grow();
        }
        if (used + word.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + word.length()));
        }
        word.getChars(0, word.length(), chars, used);
        put(hash, value, (used + 1) << 8 | word.length(), 0);
        used += word.length();
        size++;
    }

    /**
     * Replaces each word's value {@code v} by {@code to.applyAsInt(v)}, which must not be negative: a table whose
     * values were row numbers while it was being filled takes the rows' final contents without being built again.
     */
    public void mapValues(IntUnaryOperator to) {
        for (int at = 0; at < slots.length; at += 4) {
            if (slots[at + 2] != 0) {
                int value = to.applyAsInt(slots[at + 1]);
                if (value < 0) {
                    throw new IllegalArgumentException("negative value " + value);
                }
                slots[at + 1] = value;
            }
        }
    }

    /** Computes a word's {@link #extraAt} value from its characters {@code pool[from, to)}. */
    @FunctionalInterface
    public interface WordFunction {
        int apply(String pool, int from, int to);
    }

    /** Sets each word's {@link #extraAt} value to {@code of} its characters. */
    public void setExtras(WordFunction of) {
        String pool = new String(chars, 0, used);
        for (int at = 0; at < slots.length; at += 4) {
            int place = slots[at + 2];
            if (place != 0) {
                int from = (place >>> 8) - 1;
                slots[at + 3] = of.apply(pool, from, from + (place & 0xFF));
            }
        }
    }

    /** The slot holding {@code word}, compared character for character, or {@link #ABSENT}. */
    public int slotOf(String word) {
        return findSlot(word, 0, word.length(), word.hashCode(), false);
    }

    /** The value of the word in slot {@code slot} (from {@link #slotOf}). */
    public int valueAt(int slot) {
        return slots[4 * slot + 1];
    }

    /** The second value ({@link #setExtras}) of the word in slot {@code slot}. */
    public int extraAt(int slot) {
        return slots[4 * slot + 3];
    }

    /** Drops the character array's spare room, for a table no word will be added to. */
    public void trim() {
        chars = Arrays.copyOf(chars, used);
    }

    /** The value of {@code word}, compared character for character, or {@link #ABSENT}. */
    public int exact(String word) {
        return find(word, 0, word.length(), word.hashCode(), false);
    }

    /** The value of the word {@code text[from, to)} folded by {@link WordTable#fold}, whose hash is {@code hash}. */
    public int folded(String text, int from, int to, int hash) {
        return find(text, from, to, hash, true);
    }

    /** {@code fold} is a constant at both callers, so the compiler drops the test from the loop once inlined. */
    private int find(String text, int from, int to, int hash, boolean fold) {
        int slot = findSlot(text, from, to, hash, fold);
        return slot == ABSENT ? ABSENT : slots[4 * slot + 1];
    }

    private int findSlot(String text, int from, int to, int hash, boolean fold) {
        int mask = slots.length / 4 - 1;
        for (int slot = home(hash, shift); ; slot = (slot + 1) & mask) {
            int at = 4 * slot;
            int place = slots[at + 2];
            if (place == 0) {
                return ABSENT;
            }
            if (slots[at] == hash && (place & 0xFF) == to - from && matches((place >>> 8) - 1, text, from, to, fold)) {
                return slot;
            }
        }
    }

    private boolean matches(int offset, String text, int from, int to, boolean fold) {
        char[] pool = chars;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (pool[offset++] != (fold ? WordTable.fold(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private void put(int hash, int value, int place, int extra) {
        int mask = slots.length / 4 - 1;
        int slot = home(hash, shift);
        while (slots[4 * slot + 2] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[4 * slot] = hash;
        slots[4 * slot + 1] = value;
        slots[4 * slot + 2] = place;
        slots[4 * slot + 3] = extra;
    }

    /** Calls {@code each} with the slot, value, where-and-length and extra of every word, in slot order. */
    void forEachWord(SlotVisitor each) throws IOException {
        for (int at = 0; at < slots.length; at += 4) {
            if (slots[at + 2] != 0) {
                each.visit(slots[at + 1], slots[at + 2], slots[at + 3]);
            }
        }
    }

    @FunctionalInterface
    interface SlotVisitor {
        void visit(int value, int place, int extra) throws IOException;
    }

    int size() {
        return size;
    }

    int used() {
        return used;
    }

    char charAt(int at) {
        return chars[at];
    }

    /**
     * A table of {@code capacity} slots on {@code pool}, the characters of its {@code size} words, which
     * {@link #putRead} then places one by one.
     */
    static WordSlots ofPool(int capacity, char[] pool, int size) {
        WordSlots table = new WordSlots(capacity, 0);
        table.chars = pool;
        table.used = pool.length;
        table.size = size;
        return table;
    }

    /** Places a word of {@link #ofPool}'s pool: characters {@code [from, from + length)}. */
    void putRead(int hash, int value, int from, int length, int extra) {
        put(hash, value, (from + 1) << 8 | length, extra);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[2 * old.length];
        shift--;
        for (int at = 0; at < old.length; at += 4) {
            if (old[at + 2] != 0) {
                put(old[at], old[at + 1], old[at + 2], old[at + 3]);
            }
        }
    }
}

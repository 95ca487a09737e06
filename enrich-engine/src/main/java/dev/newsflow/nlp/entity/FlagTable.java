package dev.newsflow.nlp.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Words (exact case) to int flags, frozen at load from a {@link Builder}: open addressing over {@link String#hashCode()} (a
 * token's string caches it, so the tables a token is looked up in share one hash computation). A slot holds the
 * word's hash, its flags and where its characters are in one shared array, so a word that is not listed (most) costs
 * one cache line and a listed one two; a HashMap's bucket, node, key string and key bytes were four misses, the
 * tables being larger than the caches. Immutable, thread-safe.
 */
final class FlagTable {

    /** What {@link #get} answers for a word not in the table. */
    static final int ABSENT = -1;
    private static final int GOLDEN = 0x9E3779B9;

    /** Per slot four ints: the word's hash, its flags, its offset in {@link #chars} + 1 (0: empty), its length. */
    private final int[] slots;
    private final char[] chars;
    private final int shift;

    private FlagTable(String[] words, int[] flags) {
        int entries = 0;
        for (String word : words) {
            entries += word == null ? 0 : 1;
        }
        int capacity = Integer.highestOneBit(Math.max(8, entries * 2 - 1)) << 1; // load factor at most 1/2
        slots = new int[4 * capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        char[] pool = new char[16];
        int used = 0;
        int mask = capacity - 1;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word == null) {
                continue;
            }
            if (flags[i] < 0) {
                throw new IllegalArgumentException("negative flags for " + word);
            }
            if (used + word.length() > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(2 * pool.length, used + word.length()));
            }
            word.getChars(0, word.length(), pool, used);
            int hash = word.hashCode();
            int slot = (hash * GOLDEN) >>> shift;
            while (slots[4 * slot + 2] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[4 * slot] = hash;
            slots[4 * slot + 1] = flags[i];
            slots[4 * slot + 2] = used + 1;
            slots[4 * slot + 3] = word.length();
            used += word.length();
        }
        chars = Arrays.copyOf(pool, used);
    }

    /** The flags of {@code word}, or {@link #ABSENT}. */
    int get(String word) {
        int hash = word.hashCode();
        int mask = slots.length / 4 - 1;
        for (int slot = (hash * GOLDEN) >>> shift; ; slot = (slot + 1) & mask) {
            int at = 4 * slot;
            int offset = slots[at + 2];
            if (offset == 0) {
                return ABSENT;
            }
            if (slots[at] == hash && slots[at + 3] == word.length() && matches(offset - 1, word)) {
                return slots[at + 1];
            }
        }
    }

    private boolean matches(int offset, String word) {
        char[] pool = chars;
        for (int i = 0; i < word.length(); i++) {
            if (pool[offset + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects words and the flags or-ed into each, for {@link #build()}: a boxed map's nodes and merges for the
     * lists' few hundred thousand words cost the engine's load about a tenth of a second more. Not thread-safe.
     */
    static final class Builder {

        private String[] words;
        private int[] flags;
        private int size;

        Builder(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
            words = new String[capacity];
            flags = new int[capacity];
        }

        /** Or-s {@code flag} into each of {@code listed}, adding the words not yet here. */
        Builder or(Collection<String> listed, int flag) {
            for (String word : listed) {
                or(word, flag);
            }
            return this;
        }

        /** Or-s {@code flag} into {@code word}'s flags, adding it (with 0 to add a word alone). */
        Builder or(String word, int flag) {
            int slot = slot(words, word);
            if (words[slot] == null) {
                words[slot] = word;
                flags[slot] = flag;
                if (2 * ++size > words.length) {
                    grow();
                }
            } else {
                flags[slot] |= flag;
            }
            return this;
        }

        /** Or-s {@code flag} into every word here that {@code test} accepts. */
        Builder orWhere(Predicate<String> test, int flag) {
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null && test.test(words[i])) {
                    flags[i] |= flag;
                }
            }
            return this;
        }

        FlagTable build() {
            return new FlagTable(words, flags);
        }

        private static int slot(String[] words, String word) {
            int mask = words.length - 1;
            int slot = (word.hashCode() * GOLDEN) >>> (Integer.numberOfLeadingZeros(words.length) + 1);
            while (words[slot] != null && !words[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldFlags = flags;
            words = new String[2 * oldWords.length];
            flags = new int[2 * oldWords.length];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = slot(words, oldWords[i]);
                    words[slot] = oldWords[i];
                    flags[slot] = oldFlags[i];
                }
            }
        }
    }
}

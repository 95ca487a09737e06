package dev.newsflow.nlp.entity;

import java.util.Arrays;
import java.util.Map;

/**
 * Words (exact case) to int flags, frozen from a map at load: open addressing over {@link String#hashCode()} (a
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

    FlagTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 2 - 1)) << 1; // load factor at most 1/2
        slots = new int[4 * capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        char[] pool = new char[16];
        int used = 0;
        int mask = capacity - 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String word = e.getKey();
            if (e.getValue() < 0) {
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
            slots[4 * slot + 1] = e.getValue();
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
}

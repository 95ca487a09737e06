package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.lexicon.WordSlots;
import dev.newsflow.nlp.lexicon.WordSlotsFile;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Words (exact case) to int flags, frozen at load from a {@link Builder}, in a {@link WordSlots} looked up by
 * {@link String#hashCode()} (a token's string caches it, so the tables a token is looked up in share one hash
 * computation). Immutable, thread-safe.
 */
final class FlagTable {

    /** What {@link #get} answers for a word not in the table. */
    static final int ABSENT = WordSlots.ABSENT;

    private final WordSlots words;

    private FlagTable(WordSlots words) {
        this.words = words;
    }

    /** The flags of {@code word}, or {@link #ABSENT}. */
    int get(String word) {
        return words.exact(word);
    }

    /** Where {@code word} is, for {@link #flagsAt} and {@link #extraAt}, or {@link #ABSENT}. */
    int slot(String word) {
        return words.slotOf(word);
    }

    int flagsAt(int slot) {
        return words.valueAt(slot);
    }

    /** The second int kept beside a word's flags ({@link #setExtras}); 0 unless set. */
    int extraAt(int slot) {
        return words.extraAt(slot);
    }

    /** Sets each word's {@link #extraAt} to {@code of} its characters; for the one thread that loads the table. */
    void setExtras(WordSlots.WordFunction of) {
        words.setExtras(of);
    }

    /** Writes the table as {@link #read} reads it ({@link WordSlotsFile}). */
    void write(DataOutputStream out) throws IOException {
        WordSlotsFile.write(words, out);
    }

    static FlagTable read(DataInputStream in) throws IOException {
        return new FlagTable(WordSlotsFile.read(in));
    }

    /**
     * Collects words and the flags or-ed into each, for {@link #build()}. The words go straight into the table's slots,
     * each with its row in {@link #bits}, which {@link #build()} swaps for the row's flags: a map of boxed flags that
     * was copied into the slots at the end was a third of the engine's start-up on its main thread. Not thread-safe.
     */
    static final class Builder {

        private final WordSlots slots;
        /** Row i: the i-th word added and its flags. */
        private String[] words;
        private int[] bits;
        private int size;

        /** Room for {@code expected} words before the table grows; it is as large as the words added need. */
        Builder(int expected) {
            slots = new WordSlots(expected);
            words = new String[Math.max(8, expected)];
            bits = new int[words.length];
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
            int row = slots.exact(word);
            if (row == WordSlots.ABSENT) {
                if (size == words.length) {
                    words = Arrays.copyOf(words, 2 * size);
                    bits = Arrays.copyOf(bits, 2 * size);
                }
                row = size++;
                words[row] = word;
                slots.add(word, word.hashCode(), row);
            }
            bits[row] |= flag;
            return this;
        }

        /** Or-s {@code flag} into every word here that {@code test} accepts. */
        Builder orWhere(Predicate<String> test, int flag) {
            for (int row = 0; row < size; row++) {
                if (test.test(words[row])) {
                    bits[row] |= flag;
                }
            }
            return this;
        }

        /** The table; the builder is spent. */
        FlagTable build() {
            int[] flags = bits;
            slots.mapValues(row -> flags[row]);
            slots.trim();
            return new FlagTable(slots);
        }
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.lexicon.WordSlots;

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

    /**
     * Collects words and the flags or-ed into each, for {@link #build()}: a boxed map's nodes and merges for the
     * lists' few hundred thousand words cost the engine's load about a tenth of a second more. Not thread-safe.
     */
    static final class Builder {

        private String[] words;
        private int[] flags;
        private int size;

        Builder(int expected) {
            words = new String[WordSlots.capacity(expected)];
            flags = new int[words.length];
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
            WordSlots table = new WordSlots(size);
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    table.add(words[i], words[i].hashCode(), flags[i]);
                }
            }
            table.trim();
            return new FlagTable(table);
        }

        private static int slot(String[] words, String word) {
            int mask = words.length - 1;
            int slot = WordSlots.home(word.hashCode(), WordSlots.shift(words.length));
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

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.lexicon.WordSlots;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** Collects words and the flags or-ed into each, for {@link #build()}. Not thread-safe. */
    static final class Builder {

        private final Map<String, Integer> flags;

        Builder(int expected) {
            flags = HashMap.newHashMap(expected);
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
            flags.merge(word, flag, (a, b) -> a | b);
            return this;
        }

        /** Or-s {@code flag} into every word here that {@code test} accepts. */
        Builder orWhere(Predicate<String> test, int flag) {
            flags.replaceAll((word, bits) -> test.test(word) ? bits | flag : bits);
            return this;
        }

        FlagTable build() {
            WordSlots table = new WordSlots(flags.size());
            flags.forEach((word, bits) -> table.add(word, word.hashCode(), bits));
            table.trim();
            return new FlagTable(table);
        }
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.lexicon.WordTable;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lower-case ASCII words of the common words (ids below {@link #commonWordIds}) and of the vocabulary, the less
 * common words that are enough to drop a sentence-initial capital but not to judge names (the ids above): one table
 * built once instead of one per list and a set of each list beside them (a fifth of start-up's main thread). For an
 * ASCII word the table's folding is exactly {@code toLowerCase(Locale.ROOT)}; other words take
 * {@link #otherCommonWords} and {@link #otherKnownWords}. Immutable once built.
 */
final class KnownWords {

    private final WordTable table;
    private final int commonWordIds;
    /** The listed words the table does not hold (not lower-case ASCII): none in the shipped lists. */
    private final Set<String> otherCommonWords;
    private final Set<String> otherKnownWords;

    KnownWords(List<String> commonWords, List<String> vocabulary) {
        table = new WordTable(commonWords.size() + vocabulary.size());
        otherCommonWords = addAscii(commonWords, table);
        commonWordIds = table.size();
        otherKnownWords = addAscii(vocabulary, table);
        otherKnownWords.addAll(otherCommonWords);
    }

    /** An English word in either list, common or not. */
    boolean isKnownWord(String word) {
        if (isAscii(word)) {
            return table.find(word) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? table.find(lower) >= 0 : otherKnownWords.contains(lower);
    }

    boolean isCommonWord(String word) {
        if (isAscii(word)) {
            return isCommonId(table.find(word));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? isCommonId(table.find(lower)) : otherCommonWords.contains(lower);
    }

    private boolean isCommonId(int id) {
        return id >= 0 && id < commonWordIds;
    }

    /**
     * Adds the lower-case ASCII words of {@code words} to {@code table}, which looks them up in place without a
     * lower-case copy of the word; answers the others.
     */
    private static Set<String> addAscii(List<String> words, WordTable table) {
        Set<String> others = new HashSet<>();
        for (String word : words) {
            if (isAscii(word) && word.equals(word.toLowerCase(Locale.ROOT))) {
                table.add(word);
            } else {
                others.add(word);
            }
        }
        return others;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}

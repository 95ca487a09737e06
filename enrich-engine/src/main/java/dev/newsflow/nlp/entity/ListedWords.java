package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * What the name lists say about a word, for both of their readers, in one {@link FlagTable}: the rule finder's bits
 * ({@link KnownNames}, bits 16-23) and the tagger's ({@link ListFlags}, bits 0-15). The tagger reads the capitalised
 * words the rule finder has just looked up, and two tables of 200,000-odd words cost two cache misses per word where
 * one table costs one; a sentence's tokens remember the answer ({@link SentenceTokens}), so each word of a sentence is
 * probed once for both. Immutable, thread-safe.
 */
final class ListedWords {

    /** Set in what {@link #of} answers for a word not in the table (which then has no other bit). */
    static final int UNLISTED = 1 << 29;

    private final FlagTable table;

    ListedWords(FlagTable table) {
        this.table = table;
    }

    /** The flags of {@code word}, or {@link #UNLISTED}. */
    int of(String word) {
        int found = table.get(word);
        return found == FlagTable.ABSENT ? UNLISTED : found;
    }

    /** {@link #of} token {@code i}'s word, looked up once per sentence when the tokens can remember it. */
    int at(List<Token> tokens, int i) {
        if (!(tokens instanceof SentenceTokens sentence)) {
            return of(tokens.get(i).text());
        }
        int remembered = sentence.flags(i);
        if (remembered != 0) {
            return remembered & ~SentenceTokens.LOOKED_UP;
        }
        int found = of(sentence.get(i).text());
        sentence.remember(i, found);
        return found;
    }
}

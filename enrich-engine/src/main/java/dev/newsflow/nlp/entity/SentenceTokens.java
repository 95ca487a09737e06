package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of one sentence as the recogniser reads them, with room to remember what the name lists say about
 * each word: the walk over a chunk asks about the same word several times (as a known name, a title, the end of a
 * run), and each first look is a probe into a table of 100,000 names. Confined to one call.
 */
final class SentenceTokens extends AbstractList<Token> implements RandomAccess {

    /** The tokens themselves, copied out of their list: every rule reads them by index, many times over. */
    private final Token[] tokens;
    /** Per token: 0 until looked up, then the flags with {@link #LOOKED_UP} set. */
    private final int[] flags;
    /** Per token looked up: its cluster path, kept beside its flags ({@link ListedWords#pathAt}). */
    private final int[] paths;

    static final int LOOKED_UP = 1 << 30;

    SentenceTokens(List<Token> tokens) {
        this.tokens = tokens.toArray(new Token[0]);
        this.flags = new int[tokens.size()];
        this.paths = new int[tokens.size()];
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return flags.length;
    }

    /** The remembered flags of token {@code index} with {@link #LOOKED_UP} set, or 0 when not looked up yet. */
    int flags(int index) {
        return flags[index];
    }

    /** The remembered cluster path of token {@code index}, once {@link #flags} is not 0. */
    int path(int index) {
        return paths[index];
    }

    void remember(int index, int wordFlags, int path) {
        flags[index] = wordFlags | LOOKED_UP;
        paths[index] = path;
    }
}

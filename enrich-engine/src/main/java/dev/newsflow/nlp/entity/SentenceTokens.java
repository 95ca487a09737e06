package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of one sentence as the recogniser reads them, copied out of their list into an array: every rule reads
 * them by index, many times over. (What the name lists say about each word is remembered by its
 * {@link dev.newsflow.nlp.text.Word}, once per article.) Confined to one call.
 */
final class SentenceTokens extends AbstractList<Token> implements RandomAccess {

    private final Token[] tokens;

    SentenceTokens(List<Token> tokens) {
        this.tokens = tokens.toArray(new Token[0]);
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }
}

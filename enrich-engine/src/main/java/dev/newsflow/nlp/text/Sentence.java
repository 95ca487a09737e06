package dev.newsflow.nlp.text;

import java.util.List;

/** A sentence of the analysed text: its span (end exclusive) and its tokens in order. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}

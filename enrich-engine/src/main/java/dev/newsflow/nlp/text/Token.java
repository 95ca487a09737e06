package dev.newsflow.nlp.text;

import java.util.Objects;

/**
 * A word, number or punctuation mark: its text, its span in the analysed text (end exclusive), and its {@link Word},
 * which the tokens of one article with the same spelling share. Equal when text and span are (the word's memo is no
 * part of what a token is).
 */
public final class Token {

    private final String text;
    private final int start;
    private final int end;
    private final Word word;

    /** A token with a word of its own (a token made outside the tokenizer shares no memo). */
    public Token(String text, int start, int end) {
        this(new Word(text), start, end);
    }

    /** A token of {@code word}'s spelling, sharing its memo with the article's other tokens of it. */
    public Token(Word word, int start, int end) {
        this.text = word.text();
        this.start = start;
        this.end = end;
        this.word = word;
    }

    public String text() {
        return text;
    }

    /** Offset of the first character in the analysed text. */
    public int start() {
        return start;
    }

    /** Offset after the last character (exclusive). */
    public int end() {
        return end;
    }

    /** The article's word of this spelling. */
    public Word word() {
        return word;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", start=" + start + ", end=" + end + "]";
    }
}

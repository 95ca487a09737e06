package dev.newsflow.nlp.text;

/**
 * A word, number or punctuation mark.
 *
 * @param start offset of the first character in the analysed text
 * @param end   offset after the last character (exclusive)
 */
public record Token(String text, int start, int end) {
}

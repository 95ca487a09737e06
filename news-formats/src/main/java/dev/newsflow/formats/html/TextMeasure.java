package dev.newsflow.formats.html;

import dev.newsflow.formats.text.PlainText;
import dev.newsflow.formats.text.Spaces;

/**
 * A text node's length and commas as reading counts them, packed in one {@code long} so that the walk that counts
 * every text node of a page allocates nothing for it.
 */
final class TextMeasure {

    private TextMeasure() {
    }

    /**
     * The length of a text node as counted (runs of white space as one character, a leading space not at all) in the
     * upper half, its commas in the lower, negative when the text is not plain ASCII ({@link PlainText}).
     */
    static long of(String text) {
        int length = 0;
        boolean notPlain = false;
        int commas = PlainText.commas(text);
        if (commas != PlainText.NOT_PLAIN) {
            // most text: every character counts but a leading space, as the loop below counts them
            length = text.isEmpty() || text.charAt(0) != ' ' ? text.length() : text.length() - 1;
        } else {
            commas = 0;
            notPlain = true;
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < 0x7F && c != ',') {
                    length++; // most characters are printable ASCII: no whitespace lookup for them
                    space = false;
                } else if (Spaces.isWhitespaceOrNoBreakSpace(c)) {
                    if (!space) {
                        length++;
                        space = true;
                    }
                } else {
                    length++;
                    space = false;
                    if (c == ',' || c == '，' || c == '、' || c == '،') {
                        commas++;
                    }
                }
            }
        }
        return ((long) length << 32) | (notPlain ? (commas | 0x80000000L) : commas);
    }

    /** The length {@link #of} gave. */
    static int length(long measured) {
        return (int) (measured >>> 32);
    }

    /** The commas {@link #of} gave. */
    static int commas(long measured) {
        return (int) measured & 0x7FFFFFFF;
    }
}

package dev.newsflow.formats.html;

import dev.newsflow.formats.text.CleanText;

import static dev.newsflow.formats.text.Spaces.isWhitespaceOrNoBreakSpace;

/**
 * Text gathered paragraph by paragraph from a markup tree (HTML or Markdown): runs of spaces become one (a line
 * break in source text counts as a space unless it is kept), spaces around kept line breaks go, empty paragraphs
 * vanish, and paragraphs are joined by a blank line. Done while appending, since pages are read by the thousand.
 */
public final class Paragraphs {

    private static final String PARAGRAPH_BREAK = "\n\n";

    // finished paragraphs, already joined: no list of paragraph strings to copy once more at the end
    private final StringBuilder done;
    private final StringBuilder current = new StringBuilder(1024);
    // false once a character CleanText may drop or replace (a control, or anything beyond ASCII) was appended
    private boolean ascii = true;

    public Paragraphs() {
        this(4096);
    }

    /** @param expected about how many characters the text will have: an article's text grown step by step is copied each time */
    Paragraphs(int expected) {
        done = new StringBuilder(expected);
    }

    /**
     * Appends source text: any whitespace run becomes one space, or, when {@code verbatim} (preformatted text: code,
     * a poem, a table drawn in characters), each line as written, its indentation and inner spaces kept, its trailing
     * ones dropped.
     */
    public Paragraphs append(CharSequence text, boolean verbatim) {
        int length = text.length();
        if (isPlain(text)) {
            return appendPlain(text);
        }
        if (verbatim) {
            return appendLines(text);
        }
        int run = 0; // start of the text not yet appended, copied in one piece up to the next whitespace to change
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // a single space between two words is already what the output wants: most whitespace is that
            if (!isWhitespaceOrNoBreakSpace(c)) {
                ascii &= c >= ' ' && c < 0x7F;
                continue;
            }
            if (c == ' ' && i > run && i + 1 < length && !isWhitespaceOrNoBreakSpace(text.charAt(i + 1))) {
                continue;
            }
            current.append(text, run, i);
            space();
            run = i + 1;
        }
        current.append(text, run, length);
        return this;
    }

    /** Verbatim text: a line feed breaks the line, a tab stays, any other white space is a space. */
    private Paragraphs appendLines(CharSequence text) {
        int length = text.length();
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                current.append(text, run, i);
                lineBreak();
                run = i + 1;
            } else if (c != ' ' && c != '\t' && isWhitespaceOrNoBreakSpace(c)) {
                current.append(text, run, i).append(' ');
                run = i + 1;
            } else {
                ascii &= c >= ' ' && c < 0x7F || c == '\t';
            }
        }
        current.append(text, run, length);
        return this;
    }

    /**
     * Printable ASCII whose only white space is single spaces, which is most text of prose: it needs no change but at
     * its ends. Checked without a branch per character, since a branch taken at every space (every few characters)
     * is mispredicted often enough to cost more than the check.
     */
    static boolean isPlain(CharSequence text) {
        int length = text.length();
        int outside = 0; // negative once a character is outside 0x20 to 0x7E or a space follows a space
        int previousSpace = 0;
        for (int i = 0; i < length; i++) {
            int c = text.charAt(i);
            int space = ((c ^ ' ') - 1) >>> 31;
            outside |= (c - 0x20) | (0x7E - c) | -(space & previousSpace);
            previousSpace = space;
        }
        return outside >= 0;
    }

    /**
     * What {@link #append} makes of text the caller knows is {@link #isPlain}: a space at either end goes through
     * {@link #space()}.
     */
    Paragraphs appendPlain(CharSequence text) {
        int length = text.length();
        int start = 0;
        if (length > 0 && text.charAt(0) == ' ') {
            space();
            start = 1;
        }
        if (length > start && text.charAt(length - 1) == ' ') {
            current.append(text, start, length - 1);
            space();
        } else {
            current.append(text, start, length);
        }
        return this;
    }

    public Paragraphs append(CharSequence text) {
        return append(text, true);
    }

    public void space() {
        int last = current.length() - 1;
        if (last >= 0 && current.charAt(last) != ' ' && current.charAt(last) != '\n') {
            current.append(' ');
        }
    }

    public void lineBreak() {
        int end = current.length();
        while (end > 0 && (current.charAt(end - 1) == ' ' || current.charAt(end - 1) == '\t')) {
            end--;
        }
        current.setLength(end);
        current.append('\n');
    }

    /** Ends the paragraph: without the white space at its ends ({@link String#strip()}'s), and only if not empty. */
    public void breakParagraph() {
        int end = current.length();
        while (end > 0 && Character.isWhitespace(current.charAt(end - 1))) {
            end--;
        }
        current.setLength(end);
        // blank lines before the text go, not the first line's indentation (preformatted text's first line)
        int start = 0;
        for (int i = 0; i < end && Character.isWhitespace(current.charAt(i)); i++) {
            if (current.charAt(i) == '\n') {
                start = i + 1;
            }
        }
        if (start < end) {
            if (!done.isEmpty()) {
                done.append(PARAGRAPH_BREAK);
            }
            // the whole builder, which is copied in bulk, not a range of it, which the JDK copies char by char
            done.append(current.delete(0, start));
        }
        current.setLength(0);
    }

    public String text() {
        breakParagraph();
        return done.toString();
    }

    /** True when every character given was printable ASCII or white space: {@link CleanText} changes none of it. */
    boolean isAscii() {
        return ascii;
    }
}

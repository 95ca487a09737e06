package dev.newsflow.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Text gathered paragraph by paragraph from a markup tree (HTML or Markdown): runs of spaces become one (a line
 * break in source text counts as a space unless it is kept), spaces around kept line breaks go, empty paragraphs
 * vanish, and paragraphs are joined by a blank line. Done while appending, since pages are read by the thousand.
 */
final class Paragraphs {

    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder(1024);

    /** Appends source text: any whitespace run becomes one space, or stays as written when {@code verbatim}. */
    Paragraphs append(CharSequence text, boolean verbatim) {
        int length = text.length();
        int run = 0; // start of the text not yet appended, copied in one piece up to the next whitespace to change
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // a single space between two words is already what the output wants: most whitespace is that
            if (!isSpace(c) || (c == ' ' && i > run && i + 1 < length && !isSpace(text.charAt(i + 1)))) {
                continue;
            }
            current.append(text, run, i);
            if (verbatim && c == '\n') {
                lineBreak();
            } else {
                space();
            }
            run = i + 1;
        }
        current.append(text, run, length);
        return this;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c == '\u00A0' || (c > 0x7F && Character.isWhitespace(c));
    }

    Paragraphs append(CharSequence text) {
        return append(text, true);
    }

    void space() {
        int last = current.length() - 1;
        if (last >= 0 && current.charAt(last) != ' ' && current.charAt(last) != '\n') {
            current.append(' ');
        }
    }

    void lineBreak() {
        int last = current.length() - 1;
        if (last >= 0 && current.charAt(last) == ' ') {
            current.setLength(last);
        }
        current.append('\n');
    }

    void breakParagraph() {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            done.add(paragraph);
        }
        current.setLength(0);
    }

    String text() {
        breakParagraph();
        return String.join("\n\n", done);
    }
}

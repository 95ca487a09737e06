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
        int i = 0;
        while (i < text.length()) {
            int word = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            current.append(text, word, i);
            if (i < text.length()) {
                if (verbatim && text.charAt(i) == '\n') {
                    lineBreak();
                } else {
                    space();
                }
                i++;
            }
        }
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

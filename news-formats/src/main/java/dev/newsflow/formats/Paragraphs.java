package dev.newsflow.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text gathered paragraph by paragraph from a markup tree (HTML or Markdown): runs of spaces become one, line breaks
 * lose the spaces around them, empty paragraphs vanish, and paragraphs are joined by a blank line.
 */
final class Paragraphs {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern SPACED_LINE_BREAK = Pattern.compile(" ?\\n ?");

    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    Paragraphs append(CharSequence text) {
        current.append(text);
        return this;
    }

    Paragraphs append(char c) {
        current.append(c);
        return this;
    }

    void breakParagraph() {
        String paragraph = SPACED_LINE_BREAK.matcher(SPACES.matcher(current).replaceAll(" ")).replaceAll("\n").strip();
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

package dev.newsflow.formats.markdown;

import dev.newsflow.formats.FormatException;

/**
 * How deep a Markdown text nests, asked before it is parsed: CommonMark parsers' work grows with nesting depth times
 * lines (containers) and more than linearly with nested link brackets, and no article nests deep.
 */
final class MarkdownNesting {

    static final int MAX_NESTING = 32;

    private MarkdownNesting() {
    }

    /** @throws FormatException when a line opens more than {@value #MAX_NESTING} quotes or lists, or links nest so */
    static void check(String markdown) {
        int depth = deepestNesting(markdown);
        if (depth > MAX_NESTING) {
            throw new FormatException(FormatException.Reason.MALFORMED,
                    "Markdown nests quotes or lists " + depth + " levels deep (at most " + MAX_NESTING + ")");
        }
        int brackets = deepestBrackets(markdown);
        if (brackets > MAX_NESTING) {
            throw new FormatException(FormatException.Reason.MALFORMED,
                    "Markdown nests link brackets " + brackets + " levels deep (at most " + MAX_NESTING + ")");
        }
    }

    /**
     * The deepest nesting of unescaped {@code [} within a paragraph: the inline parser's bracket matching costs far
     * more than linear time and memory on {@code [[[[…]]]]}, which no article writes.
     */
    private static int deepestBrackets(String markdown) {
        int deepest = 0;
        int depth = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                depth = 0;
            }
        }
        return deepest;
    }

    /** The most container markers ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) opening one line. */
    private static int deepestNesting(String markdown) {
        int deepest = 0;
        int depth = 0;
        boolean lineStart = true;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                depth = 0;
                lineStart = true;
                i++;
            } else if (!lineStart) {
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t')) {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && j - i < 9 && Character.isDigit(markdown.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')') && markdown.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    lineStart = false;
                }
            } else {
                lineStart = false;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
